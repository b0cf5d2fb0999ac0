using System.Globalization;

namespace Permut8.Cli.Settings;

/// <summary>One knob movement: at <see cref="Seconds"/>, set <see cref="Name"/> to <see cref="Value"/>.</summary>
public sealed record AutomationEvent(double Seconds, string Name, string Value, int Line);

/// <summary>
/// The automation file: one event per line, `time_seconds parameter value`, fields separated by blanks; `#` starts
/// a comment; blank lines are ignored. Parameters are the long flag names without dashes (ProgramSettings.Names),
/// values are written as on the command line. `reset` presses RESET and needs no value. Events are applied at
/// the first block boundary at or after their time, in time order (file order for equal times).
/// </summary>
public sealed class Automation
{
    private readonly AutomationEvent[] _events;
    private int _next;

    private Automation(AutomationEvent[] events) { _events = events; }

    public static Automation Empty { get; } = new([]);

    public IReadOnlyList<AutomationEvent> Events => _events;

    public static Automation Load(string path)
    {
        if (!File.Exists(path)) throw new UserException($"--automation {path}: file not found");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <summary>Parses and validates every event against a scratch program, so errors surface before rendering.</summary>
    public static Automation Parse(string text, string fileName)
    {
        var events = new List<AutomationEvent>();
        var probe = new ProgramSettings();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            string[] f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0) continue;
            string where = $"{fileName} line {i + 1}";
            bool isReset = f.Length >= 2 && f[1].Equals("reset", StringComparison.OrdinalIgnoreCase);
            if (f.Length != 3 && !(isReset && f.Length == 2))
                throw new UserException($"{where}: expected 'time_seconds parameter value', got '{line.Trim()}'");
            if (!double.TryParse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double t) || !double.IsFinite(t) || t < 0)
                throw new UserException($"{where}: '{f[0]}' is not a time in seconds (>= 0)");
            string value = f.Length == 3 ? f[2] : string.Empty;
            probe.Set(f[1], value, where);
            events.Add(new AutomationEvent(t, f[1].ToLowerInvariant(), value, i + 1));
        }
        return new Automation([.. events.OrderBy(e => e.Seconds).ThenBy(e => e.Line)]);
    }

    /// <summary>Applies every not-yet-applied event whose time is at or before `seconds`. True if any was.</summary>
    public bool ApplyDue(double seconds, ProgramSettings settings, string fileName)
    {
        bool any = false;
        while (_next < _events.Length && _events[_next].Seconds <= seconds)
        {
            AutomationEvent e = _events[_next++];
            settings.Set(e.Name, e.Value, $"{fileName} line {e.Line}");
            any = true;
        }
        return any;
    }

    public void Rewind() { _next = 0; }
}
