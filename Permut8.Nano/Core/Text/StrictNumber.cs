namespace Permut8.Nano.Core.Text
{
    /// <summary>
    /// Strict integer parsing shared by the program and board text formats, identical on nanoFramework and .NET
    /// (int.Parse differs between them in what it tolerates). Accepted: optional '-', digits 0-9; or "0x"
    /// followed by 1..8 hex digits. Nothing else: no spaces, no '+', no empty string, no overflow.
    /// </summary>
    public static class StrictNumber
    {
        /// <summary>Parses `text`; returns false (and leaves value 0) on anything not accepted above.</summary>
        public static bool TryParse(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0) return false;
            if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) return TryParseHex(text, out value);
            bool negative = text[0] == '-';
            int start = negative ? 1 : 0;
            if (start == text.Length) return false;
            long acc = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9') return false;
                acc = acc * 10 + (c - '0');
                if (acc > 2147483648L) return false;
            }
            if (negative) acc = -acc;
            if (acc > int.MaxValue || acc < int.MinValue) return false;
            value = (int)acc;
            return true;
        }

        private static bool TryParseHex(string text, out int value)
        {
            value = 0;
            if (text.Length > 10) return false;
            uint acc = 0;
            for (int i = 2; i < text.Length; i++)
            {
                int digit = HexDigit(text[i]);
                if (digit < 0) return false;
                acc = (acc << 4) | (uint)digit;
            }
            value = (int)acc;
            return true;
        }

        private static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        /// <summary>"0x" + exactly `digits` upper-case hex digits.</summary>
        public static string ToHex(int value, int digits)
        {
            char[] chars = new char[digits + 2];
            chars[0] = '0';
            chars[1] = 'x';
            for (int i = digits - 1; i >= 0; i--)
            {
                int nibble = value & 0xF;
                chars[2 + i] = (char)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
                value >>= 4;
            }
            return new string(chars);
        }
    }
}
