using System;
using System.Device.I2c;
using System.Threading;

namespace Permut8.Nano.Device.Dev
{
    /// <summary>
    /// Everest ES8388 codec over I2C (7-bit address 0x10): ESP32 = I2S master, codec = slave, MCLK = 256·fs,
    /// 16-bit I2S both ways, line input on IN1 or IN2, output on OUT1 (headphone/line jack).
    /// Register values: spec/hardware.md §3.1 (Espressif ADF es8388_init/start/stop), with the pedal choices of
    /// that section: PGA 0 dB, MICBIAS off, DAC-only output mixers (no analog dry path), OUT1 at 0 dB.
    /// Nano-only (System.Device.I2c). Call order: Init → (audio task started) → Start; Stop before StopAudio.
    /// </summary>
    public sealed class Es8388 : IDisposable
    {
        public const int DefaultAddress = 0x10;

        public const int InputLine1 = 0x00; // ADCCONTROL2: LIN1/RIN1 (LyraT on-board mics)
        public const int InputLine2 = 0x50; // ADCCONTROL2: LIN2/RIN2 (LyraT AUX IN, Audio Kit LINE IN)

        // Register/value pairs, written in order. 0x0A (input select) is written separately between them.
        private static readonly byte[] s_initDac =
        {
            0x19, 0x04, // DACCONTROL3: mute while configuring
            0x01, 0x50, // CONTROL2: LPVrefBuf = 0, Pdn_ana = 0
            0x02, 0x00, // CHIPPOWER: all blocks on
            0x35, 0xA0, // internal DLL off (ADF: better at low rates)
            0x37, 0xD0,
            0x39, 0xD0,
            0x08, 0x00, // MASTERMODE: codec is slave
            0x04, 0xC0, // DACPOWER: DACs and outputs off during setup
            0x00, 0x12, // CONTROL1: play & record, same LRCK for ADC and DAC
            0x17, 0x18, // DACCONTROL1: 16-bit, I2S
            0x18, 0x02, // DACCONTROL2: single speed, MCLK/LRCK = 256
            0x26, 0x00, // DACCONTROL16: mixer inputs LIN1/RIN1 (unused: only the DAC feeds the mixers)
            0x27, 0x90, // DACCONTROL17: left DAC → left mixer, 0 dB (no LI2LO: the DSP does the dry mix)
            0x2A, 0x90, // DACCONTROL20: right DAC → right mixer
            0x2B, 0x80, // DACCONTROL21: ADC and DAC share LRCK
            0x2D, 0x00, // DACCONTROL23: VROI 1.5 k
            0x2E, 0x1E, // DACCONTROL24: LOUT1 0 dB
            0x2F, 0x1E, // DACCONTROL25: ROUT1 0 dB
            0x30, 0x00, // DACCONTROL26: LOUT2 −30 dB (speaker path unused)
            0x31, 0x00, // DACCONTROL27: ROUT2 −30 dB
            0x1A, 0x00, // DACCONTROL4: left DAC digital volume 0 dB
            0x1B, 0x00, // DACCONTROL5: right DAC digital volume 0 dB
            0x04, 0x3C, // DACPOWER: both DACs + all four outputs on (bit names disagree between sources; 0x3C is all)
            0x03, 0xFF, // ADCPOWER: ADC off during setup
            0x09, 0x00, // ADCCONTROL1: input PGA 0 dB (line level after the add-on's buffer)
        };

        private static readonly byte[] s_initAdc =
        {
            0x0B, 0x02, // ADCCONTROL3
            0x0C, 0x0C, // ADCCONTROL4: 16-bit, I2S
            0x0D, 0x02, // ADCCONTROL5: single speed, ratio 256
            0x10, 0x00, // ADCCONTROL8: left ADC digital volume 0 dB
            0x11, 0x00, // ADCCONTROL9: right ADC digital volume 0 dB
            0x03, 0x09, // ADCPOWER: ADC + inputs on, MICBIAS off, INT1 low power
        };

        private readonly I2cDevice _i2c;
        private readonly byte[] _write = new byte[2];
        private readonly byte[] _register = new byte[1];
        private readonly byte[] _read = new byte[1];

        /// <summary>busId: 1 (pins set beforehand with Configuration.SetPinFunction I2C1_DATA/I2C1_CLOCK).</summary>
        public Es8388(int busId, int address)
        {
            _i2c = new I2cDevice(new I2cConnectionSettings(busId, address, I2cBusSpeed.StandardMode));
        }

        /// <summary>True when the chip acknowledges (wrong board pinout, no codec → false).</summary>
        public bool IsPresent()
        {
            _register[0] = 0x00;
            I2cTransferResult result = _i2c.WriteRead(_register, _read);
            return result.Status == I2cTransferStatus.FullTransfer;
        }

        /// <summary>Full configuration; leaves the DAC muted. inputSelect: <see cref="InputLine1"/> or <see cref="InputLine2"/>.</summary>
        public void Init(int inputSelect)
        {
            WriteTable(s_initDac);
            Write(0x0A, inputSelect); // ADCCONTROL2
            WriteTable(s_initAdc);
        }

        /// <summary>Starts conversion once MCLK/BCLK/LRCK run (after the audio task started), then unmutes.</summary>
        public void Start()
        {
            int before = Read(0x2B);
            Write(0x2B, 0x80);
            if (before != 0x80)
            {
                Write(0x02, 0xF0); // restart the codec's state machine (ADF es8388_start)
                Write(0x02, 0x00);
            }
            Write(0x03, 0x09); // ADC + line input on, MICBIAS stays off
            Write(0x04, 0x3C);
            Thread.Sleep(5);
            Write(0x19, Read(0x19) & ~0x04); // unmute
        }

        /// <summary>Mutes and powers the converters down (before the clocks stop).</summary>
        public void Stop()
        {
            Write(0x19, Read(0x19) | 0x04);
            Write(0x04, 0x00);
            Write(0x03, 0xFF);
            Write(0x2B, 0x9C);
        }

        /// <summary>DAC digital attenuation, 0..96 dB in 0.5 dB steps (value = 2 × dB).</summary>
        public void SetDacAttenuationHalfDb(int halfDb)
        {
            if (halfDb < 0) halfDb = 0;
            if (halfDb > 0xC0) halfDb = 0xC0;
            Write(0x1A, halfDb);
            Write(0x1B, halfDb);
        }

        public void Dispose() { _i2c.Dispose(); }

        private void WriteTable(byte[] pairs)
        {
            for (int i = 0; i < pairs.Length; i += 2) Write(pairs[i], pairs[i + 1]);
        }

        private void Write(int register, int value)
        {
            _write[0] = (byte)register;
            _write[1] = (byte)value;
            I2cTransferResult result = _i2c.Write(_write);
            if (result.Status != I2cTransferStatus.FullTransfer)
                throw new InvalidOperationException("ES8388: write to register " + register.ToString() + " failed (" + ((int)result.Status).ToString() + ")");
        }

        private int Read(int register)
        {
            _register[0] = (byte)register;
            I2cTransferResult result = _i2c.WriteRead(_register, _read);
            if (result.Status != I2cTransferStatus.FullTransfer)
                throw new InvalidOperationException("ES8388: read of register " + register.ToString() + " failed");
            return _read[0];
        }
    }
}
