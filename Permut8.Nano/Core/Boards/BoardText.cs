using Permut8.Nano.Core.Text;

namespace Permut8.Nano.Core.Boards
{
    /// <summary>
    /// Parser of the boards/*.board format: one "key = value" per line, '#' starts a comment line, blank lines
    /// ignored. Every key of <see cref="Keys"/> must appear exactly once except the optional ones (which take
    /// their default when absent); pins are GPIO numbers or "none"; lists are comma-separated. Any error names
    /// the line and leaves the target untouched. Only syntax and types are checked here; the electrical rules
    /// are <see cref="BoardValidator"/>'s.
    /// </summary>
    public static class BoardText
    {
        public static readonly string[] Keys =
        {
            "id", "name", "chip", "module", "nf-target", "min-firmware", "psram-bytes-mapped",
            "codec", "codec-address", "i2c-sda", "i2c-scl", "i2c-hz",
            "i2s-mclk", "i2s-bclk", "i2s-ws", "i2s-dout", "i2s-din", "sample-rate", "codec-input", "codec-output",
            "pa-enable", "pa-active", "hp-detect", "aux-detect",
            "pot-pins", "pot-mux",
            "led-mosi", "led-sclk", "led-latch", "led-oe", "led-rows", "led-control",
            "footswitch", "footswitch-active", "footswitch-pull-up", "wifi",
        };

        // keys that may be left out (pots: exactly one of pot-pins / pot-mux is checked by the validator)
        private static readonly string[] s_optional = { "pa-enable", "pa-active", "hp-detect", "aux-detect", "pot-pins", "pot-mux", "led-oe" };

        /// <summary>Null on success, else "line N: …"; `target` is only written on success.</summary>
        public static string TryParse(string text, BoardDefinition target)
        {
            if (text == null) return "line 1: no text";
            string[] lines = text.Split('\n');
            BoardDefinition b = new BoardDefinition();
            bool[] seen = new bool[Keys.Length];
            for (int n = 0; n < lines.Length; n++)
            {
                string line = lines[n].Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                string where = "line " + (n + 1).ToString() + ": ";
                int eq = line.IndexOf('=');
                if (eq <= 0) return where + "expected 'key = value'";
                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                int k = IndexOf(Keys, key);
                if (k < 0) return where + "unknown key '" + key + "'";
                if (seen[k]) return where + "'" + key + "' given twice";
                seen[k] = true;
                if (value.Length == 0) return where + key + ": empty value";
                string error = Set(b, k, value);
                if (error != null) return where + key + ": " + error;
            }
            for (int k = 0; k < Keys.Length; k++)
            {
                if (!seen[k] && IndexOf(s_optional, Keys[k]) < 0) return "line " + lines.Length.ToString() + ": missing '" + Keys[k] + "'";
            }
            Copy(b, target);
            return null;
        }

        // k: index into Keys
        private static string Set(BoardDefinition b, int k, string v)
        {
            switch (k)
            {
                case 0: b.Id = v; return null; // id
                case 1: b.Name = v; return null; // name
                case 2: b.Chip = v; return null; // chip
                case 3: b.Module = v; return null; // module
                case 4: b.NfTarget = v; return null; // nf-target
                case 5: b.MinFirmware = v; return null; // min-firmware
                case 6: return Number(v, out b.PsramBytesMapped); // psram-bytes-mapped
                case 7: b.Codec = v; return null; // codec
                case 8: return Number(v, out b.CodecAddress); // codec-address
                case 9: return Pin(v, out b.I2cSda); // i2c-sda
                case 10: return Pin(v, out b.I2cScl); // i2c-scl
                case 11: return Number(v, out b.I2cHz); // i2c-hz
                case 12: return Pin(v, out b.I2sMclk); // i2s-mclk
                case 13: return Pin(v, out b.I2sBclk); // i2s-bclk
                case 14: return Pin(v, out b.I2sWs); // i2s-ws
                case 15: return Pin(v, out b.I2sDout); // i2s-dout
                case 16: return Pin(v, out b.I2sDin); // i2s-din
                case 17: return Number(v, out b.SampleRate); // sample-rate
                case 18: b.CodecInput = v; return null; // codec-input
                case 19: b.CodecOutput = v; return null; // codec-output
                case 20: return Pin(v, out b.PaEnable); // pa-enable
                case 21: return Choice(v, "high", "low", out b.PaActiveHigh); // pa-active
                case 22: return Pin(v, out b.HpDetect); // hp-detect
                case 23: return Pin(v, out b.AuxDetect); // aux-detect
                case 24: return PinList(v, out b.PotPins); // pot-pins
                case 25: return Pin(v, out b.PotMuxPin); // pot-mux
                case 26: return Pin(v, out b.LedMosi); // led-mosi
                case 27: return Pin(v, out b.LedSclk); // led-sclk
                case 28: return Pin(v, out b.LedLatch); // led-latch
                case 29: return Pin(v, out b.LedOe); // led-oe
                case 30: return Number(v, out b.LedRows); // led-rows
                case 31: return Choice(v, "yes", "no", out b.LedControl); // led-control
                case 32: return Pin(v, out b.Footswitch); // footswitch
                case 33: return Choice(v, "low", "high", out b.FootswitchActiveLow); // footswitch-active
                case 34: return Choice(v, "internal", "external", out b.FootswitchInternalPullUp); // footswitch-pull-up
                default: return Choice(v, "on", "off", out b.Wifi); // wifi
            }
        }

        private static string Number(string v, out int field)
        {
            return StrictNumber.TryParse(v, out field) ? null : "'" + v + "' is not a number";
        }

        private static string Pin(string v, out int field)
        {
            field = BoardDefinition.NoPin;
            if (v == "none") return null;
            if (!StrictNumber.TryParse(v, out field) || field < 0)
            {
                field = BoardDefinition.NoPin;
                return "'" + v + "' is not a GPIO number or 'none'";
            }
            return null;
        }

        private static string PinList(string v, out int[] field)
        {
            string[] parts = v.Split(',');
            field = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                string error = Pin(parts[i].Trim(), out field[i]);
                if (error != null) return error;
                if (field[i] == BoardDefinition.NoPin) return "'none' inside a pin list";
            }
            return null;
        }

        private static string Choice(string v, string yes, string no, out bool field)
        {
            field = v == yes;
            return v == yes || v == no ? null : "'" + v + "' is not '" + yes + "' or '" + no + "'";
        }

        private static int IndexOf(string[] items, string item)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == item) return i;
            }
            return -1;
        }

        private static void Copy(BoardDefinition s, BoardDefinition d)
        {
            d.Id = s.Id; d.Name = s.Name; d.Chip = s.Chip; d.Module = s.Module; d.NfTarget = s.NfTarget;
            d.MinFirmware = s.MinFirmware; d.PsramBytesMapped = s.PsramBytesMapped;
            d.Codec = s.Codec; d.CodecAddress = s.CodecAddress; d.I2cSda = s.I2cSda; d.I2cScl = s.I2cScl; d.I2cHz = s.I2cHz;
            d.I2sMclk = s.I2sMclk; d.I2sBclk = s.I2sBclk; d.I2sWs = s.I2sWs; d.I2sDout = s.I2sDout; d.I2sDin = s.I2sDin;
            d.SampleRate = s.SampleRate; d.CodecInput = s.CodecInput; d.CodecOutput = s.CodecOutput;
            d.PaEnable = s.PaEnable; d.PaActiveHigh = s.PaActiveHigh; d.HpDetect = s.HpDetect; d.AuxDetect = s.AuxDetect;
            d.PotPins = s.PotPins; d.PotMuxPin = s.PotMuxPin;
            d.LedMosi = s.LedMosi; d.LedSclk = s.LedSclk; d.LedLatch = s.LedLatch; d.LedOe = s.LedOe;
            d.LedRows = s.LedRows; d.LedControl = s.LedControl;
            d.Footswitch = s.Footswitch; d.FootswitchActiveLow = s.FootswitchActiveLow;
            d.FootswitchInternalPullUp = s.FootswitchInternalPullUp; d.Wifi = s.Wifi;
        }
    }
}
