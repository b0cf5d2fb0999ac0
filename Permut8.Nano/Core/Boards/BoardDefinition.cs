namespace Permut8.Nano.Core.Boards
{
    /// <summary>
    /// One supported board, as data (boards/*.board, parsed by <see cref="BoardText"/>, checked by
    /// <see cref="BoardValidator"/>). Pins are GPIO numbers; -1 = not connected. Field meanings: boards/README.md.
    /// </summary>
    public sealed class BoardDefinition
    {
        public const int NoPin = -1;
        public const int PotCount = 8;

        // identity and firmware image
        public string Id = string.Empty;
        public string Name = string.Empty;
        public string Chip = string.Empty;
        public string Module = string.Empty;
        public string NfTarget = string.Empty;
        public string MinFirmware = string.Empty;
        public int PsramBytesMapped;

        // codec and its buses
        public string Codec = string.Empty;
        public int CodecAddress;
        public int I2cSda = NoPin;
        public int I2cScl = NoPin;
        public int I2cHz = 100000;
        public int I2sMclk = NoPin;
        public int I2sBclk = NoPin;
        public int I2sWs = NoPin;
        public int I2sDout = NoPin;
        public int I2sDin = NoPin;
        public int SampleRate = 48000;
        public string CodecInput = string.Empty;
        public string CodecOutput = string.Empty;

        // board extras
        public int PaEnable = NoPin;
        public bool PaActiveHigh = true;
        public int HpDetect = NoPin;
        public int AuxDetect = NoPin;

        // pedal add-on: pots either on 8 ADC pins, or through a 4051 mux on one ADC pin selected by the control 595
        public int[] PotPins = new int[0];
        public int PotMuxPin = NoPin;

        // pedal add-on: 74HC595 chain on SPI (latch = chip select)
        public int LedMosi = NoPin;
        public int LedSclk = NoPin;
        public int LedLatch = NoPin;
        public int LedOe = NoPin;
        public int LedRows = 1;
        public bool LedControl;

        // pedal add-on: momentary footswitch
        public int Footswitch = NoPin;
        public bool FootswitchActiveLow = true;
        public bool FootswitchInternalPullUp;

        public bool Wifi;

        public bool UsesPotMux { get { return PotMuxPin != NoPin; } }
    }
}
