namespace NanoLint
{
    /// <summary>One finding; Line and Column are 1-based. Printed as "file:line:col: CODE message".</summary>
    public sealed record Violation(string File, int Line, int Column, string Code, string Message)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Code} {Message}";
    }

    /// <summary>The rule codes (NANO0xx), one per nanoFramework v1 constraint.</summary>
    public static class Codes
    {
        public const string Generics = "NANO001";
        public const string ForbiddenNamespace = "NANO002";
        public const string Async = "NANO003";
        public const string Yield = "NANO004";
        public const string Tuple = "NANO005";
        public const string Record = "NANO006";
        public const string Decimal = "NANO007";
        public const string NullableValueType = "NANO008";
        public const string Dynamic = "NANO009";
        public const string MultiDimensionalArray = "NANO010";
        public const string LanguageVersion = "NANO011";
        public const string MissingApi = "NANO012";
    }
}
