namespace Permut8.Cli.Audio;

/// <summary>A WAV file the reader refuses: the message says what is wrong, in the user's terms.</summary>
public sealed class WavFormatException : Exception
{
    public WavFormatException(string message) : base(message) { }
}
