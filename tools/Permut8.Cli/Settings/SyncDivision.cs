using CoreSyncMode = Permut8.Nano.Core.Programs.SyncMode;

namespace Permut8.Cli.Settings;

/// <summary>A sync mode, valued as the Core program field (Off is a null SyncDivision here).</summary>
public enum SyncMode
{
    Standard = CoreSyncMode.Standard,
    Dotted = CoreSyncMode.Dotted,
    Triplet = CoreSyncMode.Triplet,
}

/// <summary>
/// A tempo-sync setting: the mode and the column 0..6 of the spec's sync table (1.8), where one memory cycle is
/// STD 8/1 4/1 2/1 1/1 1/2 1/4 1/8, DOT 12/1 6/1 3/1 3/2 3/4 3/8 3/16, TRI 16/3 8/3 4/3 2/3 1/3 1/6 1/12 whole
/// notes. Written as the bank strings do: the STD division plus "D" (×3/2) or "T" (×2/3): "1/4", "1/4D", "8/1T".
/// </summary>
public readonly record struct SyncDivision(SyncMode Mode, int Column)
{
    private static readonly string[] s_standard = ["8/1", "4/1", "2/1", "1/1", "1/2", "1/4", "1/8"];

    /// <summary>Cycle length in whole notes for each mode, by column (numerator, denominator).</summary>
    private static readonly (int Num, int Den)[][] s_wholeNotes =
    [
        [(8, 1), (4, 1), (2, 1), (1, 1), (1, 2), (1, 4), (1, 8)],
        [(12, 1), (6, 1), (3, 1), (3, 2), (3, 4), (3, 8), (3, 16)],
        [(16, 3), (8, 3), (4, 3), (2, 3), (1, 3), (1, 6), (1, 12)],
    ];

    public static SyncDivision Parse(string text, string flag = "--sync")
    {
        string t = text.Trim().ToUpperInvariant();
        SyncMode mode = SyncMode.Standard;
        if (t.EndsWith('D')) { mode = SyncMode.Dotted; t = t[..^1]; }
        else if (t.EndsWith('T')) { mode = SyncMode.Triplet; t = t[..^1]; }
        int column = Array.IndexOf(s_standard, t);
        if (column < 0)
            throw new UserException($"{flag} {text}: not a sync division (one of {string.Join(" ", s_standard)}, optionally followed by D for dotted or T for triplet, e.g. 1/4D, 1/8T)");
        return new SyncDivision(mode, column);
    }

    /// <summary>The SWITCHES bits for this mode: SYNC always, DOTTED or TRIPLET in addition.</summary>
    public int SwitchBits => CoreSyncMode.SwitchBits((int)Mode);

    /// <summary>One memory cycle in whole notes.</summary>
    public double WholeNotes
    {
        get
        {
            (int num, int den) = s_wholeNotes[Mode - SyncMode.Standard][Column];
            return (double)num / den;
        }
    }

    /// <summary>The clock rate sync derives (spec 1.9): 65536 ticks per cycle, a whole note = 4 beats.</summary>
    public double ClockHz(double bpm) => 65536.0 / (WholeNotes * 4 * 60.0 / bpm);

    public override string ToString() => s_standard[Column] + Mode switch
    {
        SyncMode.Dotted => "D",
        SyncMode.Triplet => "T",
        _ => string.Empty,
    };
}
