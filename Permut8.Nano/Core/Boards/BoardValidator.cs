using System.Collections;

namespace Permut8.Nano.Core.Boards
{
    /// <summary>The validator's findings: errors make a board unusable; warnings flag pins that need care.</summary>
    public sealed class BoardReport
    {
        public readonly ArrayList Errors = new ArrayList();
        public readonly ArrayList Warnings = new ArrayList();

        public bool IsValid { get { return Errors.Count == 0; } }

        /// <summary>All findings, one per line ("error: …" / "warning: …").</summary>
        public override string ToString()
        {
            string text = string.Empty;
            for (int i = 0; i < Errors.Count; i++) text += "error: " + (string)Errors[i] + "\n";
            for (int i = 0; i < Warnings.Count; i++) text += "warning: " + (string)Warnings[i] + "\n";
            return text;
        }
    }

    /// <summary>
    /// Electrical and firmware rules for a <see cref="BoardDefinition"/> (spec/hardware.md §2.4, §2.7, §7):
    /// every GPIO exists and is not flash/PSRAM; one function per GPIO; outputs not on input-only pins; MCLK on
    /// 0/1/3; pots on ADC pins, ADC2 only with Wi-Fi off; the mux needs the control 595; no internal pull-up on
    /// 34-39. Strapping and UART0 pins in use are warnings naming their reset rule.
    /// </summary>
    public static class BoardValidator
    {
        private const int MaxFunctions = 24;

        public static BoardReport Validate(BoardDefinition b)
        {
            BoardReport r = new BoardReport();
            if (b.Id.Length == 0) r.Errors.Add("id is empty");
            if (b.NfTarget.Length == 0) r.Errors.Add("nf-target is empty");
            if (b.Chip != "ESP32") r.Errors.Add("chip '" + b.Chip + "': only the classic ESP32 is supported (pin rules, I2S port 0, core 1)");
            if (b.Codec != "es8388") r.Errors.Add("codec '" + b.Codec + "': only es8388 has a driver (Device/Dev/Es8388.cs)");
            if (b.CodecAddress < 0x08 || b.CodecAddress > 0x77) r.Errors.Add("codec-address must be a 7-bit I2C address 0x08..0x77");
            if (b.SampleRate < 8000 || b.SampleRate > 192000) r.Errors.Add("sample-rate must be 8000..192000");
            if (b.I2cHz < 10000 || b.I2cHz > 1000000) r.Errors.Add("i2c-hz must be 10000..1000000");
            if (b.CodecInput != "line1" && b.CodecInput != "line2") r.Errors.Add("codec-input must be line1 or line2");
            if (b.CodecOutput != "out1" && b.CodecOutput != "out2" && b.CodecOutput != "all") r.Errors.Add("codec-output must be out1, out2 or all");
            if (b.LedRows < 1 || b.LedRows > 3) r.Errors.Add("led-rows must be 1..3");

            int[] pins = new int[MaxFunctions];
            string[] names = new string[MaxFunctions];
            bool[] outputs = new bool[MaxFunctions];
            int count = 0;
            count = Add(pins, names, outputs, count, b.I2cSda, "i2c-sda", true);
            count = Add(pins, names, outputs, count, b.I2cScl, "i2c-scl", true);
            count = Add(pins, names, outputs, count, b.I2sMclk, "i2s-mclk", true);
            count = Add(pins, names, outputs, count, b.I2sBclk, "i2s-bclk", true);
            count = Add(pins, names, outputs, count, b.I2sWs, "i2s-ws", true);
            count = Add(pins, names, outputs, count, b.I2sDout, "i2s-dout", true);
            count = Add(pins, names, outputs, count, b.I2sDin, "i2s-din", false);
            count = Add(pins, names, outputs, count, b.PaEnable, "pa-enable", true);
            count = Add(pins, names, outputs, count, b.HpDetect, "hp-detect", false);
            count = Add(pins, names, outputs, count, b.AuxDetect, "aux-detect", false);
            count = Add(pins, names, outputs, count, b.PotMuxPin, "pot-mux", false);
            for (int i = 0; i < b.PotPins.Length && count < MaxFunctions - 8; i++)
                count = Add(pins, names, outputs, count, b.PotPins[i], "pot-pins[" + i.ToString() + "]", false);
            count = Add(pins, names, outputs, count, b.LedMosi, "led-mosi", true);
            count = Add(pins, names, outputs, count, b.LedSclk, "led-sclk", true);
            count = Add(pins, names, outputs, count, b.LedLatch, "led-latch", true);
            count = Add(pins, names, outputs, count, b.LedOe, "led-oe", true);
            count = Add(pins, names, outputs, count, b.Footswitch, "footswitch", false);

            // required connections
            Require(r, b.I2cSda, "i2c-sda");
            Require(r, b.I2cScl, "i2c-scl");
            Require(r, b.I2sBclk, "i2s-bclk");
            Require(r, b.I2sWs, "i2s-ws");
            Require(r, b.I2sDout, "i2s-dout");
            Require(r, b.I2sDin, "i2s-din");
            Require(r, b.LedMosi, "led-mosi");
            Require(r, b.LedSclk, "led-sclk");
            Require(r, b.LedLatch, "led-latch");
            Require(r, b.Footswitch, "footswitch");

            for (int i = 0; i < count; i++)
            {
                int pin = pins[i];
                string what = names[i] + " (GPIO" + pin.ToString() + ")";
                if (!Esp32Pins.Exists(pin)) r.Errors.Add(what + ": no such GPIO on the ESP32");
                else if (Esp32Pins.IsFlash(pin)) r.Errors.Add(what + ": GPIO6-11 belong to the SPI flash");
                else if (Esp32Pins.IsPsram(pin) && b.PsramBytesMapped > 0) r.Errors.Add(what + ": GPIO16/17 belong to the PSRAM");
                if (outputs[i] && Esp32Pins.IsInputOnly(pin)) r.Errors.Add(what + ": GPIO34-39 are input only");
                for (int j = 0; j < i; j++)
                {
                    if (pins[j] == pin) r.Errors.Add(what + ": already used by " + names[j]);
                }
                string rule = Esp32Pins.StrappingRule(pin);
                if (rule != null) r.Warnings.Add(what + ": " + rule);
            }

            if (b.I2sMclk != BoardDefinition.NoPin && !Esp32Pins.CanOutputMclk(b.I2sMclk))
                r.Errors.Add("i2s-mclk (GPIO" + b.I2sMclk.ToString() + "): MCLK can only be output on GPIO0, 1 or 3");

            CheckPots(r, b);

            if (b.Footswitch != BoardDefinition.NoPin && b.FootswitchInternalPullUp && Esp32Pins.IsInputOnly(b.Footswitch))
                r.Errors.Add("footswitch (GPIO" + b.Footswitch.ToString() + "): GPIO34-39 have no internal pull-up; fit an external one");
            return r;
        }

        private static void CheckPots(BoardReport r, BoardDefinition b)
        {
            bool direct = b.PotPins.Length > 0;
            if (direct == b.UsesPotMux)
            {
                r.Errors.Add("give exactly one of pot-pins (8 ADC pins) or pot-mux (one ADC pin behind a 4051)");
                return;
            }
            if (direct && b.PotPins.Length != BoardDefinition.PotCount)
                r.Errors.Add("pot-pins lists " + b.PotPins.Length.ToString() + " pins, the pedal has " + BoardDefinition.PotCount.ToString() + " pots");
            if (b.UsesPotMux && !b.LedControl)
                r.Errors.Add("pot-mux needs led-control = yes (the control 595 drives the mux select lines)");
            int[] adcPins = direct ? b.PotPins : new int[] { b.PotMuxPin };
            for (int i = 0; i < adcPins.Length; i++)
            {
                int pin = adcPins[i];
                string what = (direct ? "pot-pins[" + i.ToString() + "]" : "pot-mux") + " (GPIO" + pin.ToString() + ")";
                if (Esp32Pins.AdcChannel(pin) < 0) r.Errors.Add(what + ": not an ADC pin");
                else if (Esp32Pins.IsAdc2(pin) && b.Wifi) r.Errors.Add(what + ": ADC2 does not work while Wi-Fi runs (set wifi = off or use an ADC1 pin: 32-39)");
            }
        }

        private static void Require(BoardReport r, int pin, string name)
        {
            if (pin == BoardDefinition.NoPin) r.Errors.Add(name + " is required");
        }

        private static int Add(int[] pins, string[] names, bool[] outputs, int count, int pin, string name, bool output)
        {
            if (pin == BoardDefinition.NoPin || count >= pins.Length) return count;
            pins[count] = pin;
            names[count] = name;
            outputs[count] = output;
            return count + 1;
        }
    }
}
