using Permut8.Cli.Rendering;
using Permut8.Nano.Core;

namespace Permut8.Cli.Reports;

/// <summary>
/// The panel's LED rows over time as pixels, one column per time step, one pixel row per LED, top to bottom:
/// operator 1 (displayLEDs[0] then [1], bit 7 first = leftmost), operator 2 ([2], [3]), the red write row
/// (32 LEDs, write frame >> 11) and the green read row (32 LEDs, read position >> 15, left and right).
/// Rows are separated by one dark line. A column ORs every block it covers, so short flashes stay visible.
/// </summary>
public static class LedImage
{
    public const int OperatorLeds = 16;
    public const int MemoryLeds = 32;
    public const int Op1Top = 0;
    public const int Op2Top = OperatorLeds + 1;
    public const int WriteTop = Op2Top + OperatorLeds + 1;
    public const int ReadTop = WriteTop + MemoryLeds + 1;
    public const int Height = ReadTop + MemoryLeds;

    private static readonly byte[] s_off = [36, 36, 40];
    private static readonly byte[] s_gap = [0, 0, 0];
    private static readonly byte[] s_amber = [255, 176, 0];
    private static readonly byte[] s_red = [255, 40, 40];
    private static readonly byte[] s_green = [40, 230, 80];

    /// <summary>[row, column, rgb] pixels for `columns` time steps.</summary>
    public static byte[,,] Build(DisplayTrace trace, int columns)
    {
        columns = Math.Max(1, columns);
        var lit = new bool[Height, columns];
        int blocks = trace.Blocks;
        for (int b = 0; b < blocks; b++)
        {
            int c = (int)((long)b * columns / Math.Max(1, blocks));
            for (int led = 0; led < 8; led++)
            {
                int mask = 0x80 >> led;
                lit[Op1Top + led, c] |= (trace.Get(b, DisplayField.Led0) & mask) != 0;
                lit[Op1Top + 8 + led, c] |= (trace.Get(b, DisplayField.Led1) & mask) != 0;
                lit[Op2Top + led, c] |= (trace.Get(b, DisplayField.Led2) & mask) != 0;
                lit[Op2Top + 8 + led, c] |= (trace.Get(b, DisplayField.Led3) & mask) != 0;
            }
            lit[WriteTop + ((trace.Get(b, DisplayField.WriteFrame) & EngineLimits.MemoryFrames - 1) >> 11), c] = true;
            lit[ReadTop + ((trace.Get(b, DisplayField.ReadLeft) & 0xFFFFF) >> 15), c] = true;
            lit[ReadTop + ((trace.Get(b, DisplayField.ReadRight) & 0xFFFFF) >> 15), c] = true;
        }
        var pixels = new byte[Height, columns, 3];
        for (int r = 0; r < Height; r++)
        {
            byte[] on = r >= ReadTop ? s_green : r >= WriteTop ? s_red : s_amber;
            bool gap = r == Op2Top - 1 || r == WriteTop - 1 || r == ReadTop - 1;
            for (int c = 0; c < columns; c++)
            {
                byte[] color = gap ? s_gap : lit[r, c] ? on : s_off;
                pixels[r, c, 0] = color[0];
                pixels[r, c, 1] = color[1];
                pixels[r, c, 2] = color[2];
            }
        }
        return pixels;
    }
}
