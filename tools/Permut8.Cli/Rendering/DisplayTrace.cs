using Permut8.Nano.Core;

namespace Permut8.Cli.Rendering;

/// <summary>The engine's display read after every block: LEDs, write head, read heads, clock (P8_DISPLAY_*).</summary>
public sealed class DisplayTrace
{
    private readonly List<int> _values = new();

    public DisplayTrace(int rate) { Rate = rate; }

    public int Rate { get; }
    public int Blocks => _values.Count / DisplayField.Count;

    /// <summary>Seconds at the end of block `block`.</summary>
    public double TimeOf(int block) => (double)(block + 1) * EngineLimits.BlockFrames / Rate;

    public int Get(int block, int field) => _values[block * DisplayField.Count + field];

    public void Add(int[] fields)
    {
        for (int i = 0; i < DisplayField.Count; i++) _values.Add(fields[i]);
    }
}
