namespace Permut8.Nano.Core
{
    /// <summary>
    /// Decodes the zero-terminated UTF-8 the engine writes into byte buffers. nanoFramework v1's mscorlib has
    /// no Encoding (that lives in an extra package), and engine text is ASCII in practice, so this decodes
    /// 7-bit ASCII and shows any other byte as '?'.
    /// </summary>
    public static class Utf8Text
    {
        public static string Decode(byte[] buffer, int length)
        {
            if (buffer == null || length <= 0) return string.Empty;
            if (length > buffer.Length) length = buffer.Length;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                byte b = buffer[i];
                chars[i] = b < 0x80 ? (char)b : '?';
            }
            return new string(chars);
        }
    }
}
