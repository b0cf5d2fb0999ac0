namespace Permut8.Cli;

/// <summary>
/// Something the user can fix (a flag value, a missing or malformed file, a firmware that does not load): the CLI
/// prints the message alone, without a stack trace, and exits with <see cref="ExitCodes.UserError"/>.
/// </summary>
public sealed class UserException : Exception
{
    public UserException(string message) : base(message) { }
}

/// <summary>Process exit codes (README: "Exit codes").</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Internal = 1;
    public const int UserError = 2;
    public const int FirmwareStopped = 3;
}
