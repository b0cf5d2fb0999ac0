namespace Permut8.Nano.Core.Boards
{
    /// <summary>
    /// Facts about classic-ESP32 GPIOs the board validator needs (spec/hardware.md §1, §2.4, §2.7) and the
    /// nanoFramework ADC channel numbering (logical channel ↔ GPIO, nf-interpreter ESP32_DeviceMapping).
    /// </summary>
    public static class Esp32Pins
    {
        public const int MaxGpio = 39;

        /// <summary>GPIO → nanoFramework ADC logical channel (AdcController.OpenChannel), or -1.
        /// 0..7 = ADC1 (GPIO 36, 37, 38, 39, 32, 33, 34, 35); 10..19 = ADC2 (GPIO 4, 0, 2, 15, 13, 12, 14, 27, 25, 26).</summary>
        public static int AdcChannel(int gpio)
        {
            switch (gpio)
            {
                case 36: return 0;
                case 37: return 1;
                case 38: return 2;
                case 39: return 3;
                case 32: return 4;
                case 33: return 5;
                case 34: return 6;
                case 35: return 7;
                case 4: return 10;
                case 0: return 11;
                case 2: return 12;
                case 15: return 13;
                case 13: return 14;
                case 12: return 15;
                case 14: return 16;
                case 27: return 17;
                case 25: return 18;
                case 26: return 19;
                default: return -1;
            }
        }

        /// <summary>ADC2 does not work while the Wi-Fi driver runs.</summary>
        public static bool IsAdc2(int gpio)
        {
            int channel = AdcChannel(gpio);
            return channel >= 10;
        }

        /// <summary>GPIOs that exist on the chip (20, 24 and 28-31 do not).</summary>
        public static bool Exists(int gpio)
        {
            if (gpio < 0 || gpio > MaxGpio) return false;
            return gpio != 20 && gpio != 24 && (gpio < 28 || gpio > 31);
        }

        /// <summary>34-39: input only, no internal pull-up or pull-down.</summary>
        public static bool IsInputOnly(int gpio) { return gpio >= 34 && gpio <= 39; }

        /// <summary>6-11: the SPI flash.</summary>
        public static bool IsFlash(int gpio) { return gpio >= 6 && gpio <= 11; }

        /// <summary>16-17: PSRAM on WROVER modules.</summary>
        public static bool IsPsram(int gpio) { return gpio == 16 || gpio == 17; }

        /// <summary>I2S MCLK can only leave the chip on GPIO 0, 1 or 3 (CLK_OUT).</summary>
        public static bool CanOutputMclk(int gpio) { return gpio == 0 || gpio == 1 || gpio == 3; }

        /// <summary>What a strapping or boot-critical pin requires at reset; null for an ordinary pin.</summary>
        public static string StrappingRule(int gpio)
        {
            switch (gpio)
            {
                case 0: return "strapping: low at reset enters the serial bootloader";
                case 2: return "strapping: must float or be low to enter the bootloader";
                case 5: return "strapping: SDIO timing at reset";
                case 12: return "strapping: high at reset selects 1.8 V flash (must stay low with 3.3 V flash)";
                case 15: return "strapping: low at reset silences the boot log";
                case 1: return "UART0 TX: flashing and the debug wire protocol";
                case 3: return "UART0 RX: flashing and the debug wire protocol";
                default: return null;
            }
        }
    }
}
