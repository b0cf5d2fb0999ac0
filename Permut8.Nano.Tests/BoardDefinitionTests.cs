using nanoFramework.TestFramework;
using Permut8.Nano.Core.Boards;

namespace Permut8.Nano.Tests
{
    /// <summary>Every board in boards/ parses and validates; the validator catches the wiring mistakes of
    /// spec/hardware.md §2.4/§2.7 (expected findings worked out from those tables).</summary>
    [TestClass]
    public class BoardDefinitionTests
    {
        private static BoardDefinition Load(string id)
        {
            int index = BoardCatalog.IndexOf(id);
            Assert.IsTrue(index >= 0, "no board " + id);
            BoardDefinition b = new BoardDefinition();
            Assert.IsNull(BoardText.TryParse(BoardCatalog.Text(index), b));
            return b;
        }

        private static bool Has(System.Collections.ArrayList findings, string text)
        {
            for (int i = 0; i < findings.Count; i++)
            {
                if (((string)findings[i]).IndexOf(text) >= 0) return true;
            }
            return false;
        }

        [TestMethod]
        public void EveryCatalogBoardParsesAndIsValid()
        {
            Assert.IsTrue(BoardCatalog.Count >= 3);
            for (int i = 0; i < BoardCatalog.Count; i++)
            {
                BoardDefinition b = new BoardDefinition();
                string error = BoardText.TryParse(BoardCatalog.Text(i), b);
                Assert.IsNull(error, BoardCatalog.FileName(i) + ": " + error);
                Assert.AreEqual(BoardCatalog.Id(i), b.Id);
                BoardReport report = BoardValidator.Validate(b);
                Assert.IsTrue(report.IsValid, BoardCatalog.FileName(i) + ":\n" + report.ToString());
            }
        }

        [TestMethod]
        public void LyraTMatchesItsPublishedPinTable()
        {
            BoardDefinition b = Load("lyrat-v4.3");
            Assert.AreEqual("ESP32_PSRAM_REV3", b.NfTarget);
            Assert.AreEqual(0x10, b.CodecAddress);
            Assert.AreEqual(18, b.I2cSda);
            Assert.AreEqual(23, b.I2cScl);
            Assert.AreEqual(0, b.I2sMclk);
            Assert.AreEqual(5, b.I2sBclk);
            Assert.AreEqual(25, b.I2sWs);
            Assert.AreEqual(26, b.I2sDout);
            Assert.AreEqual(35, b.I2sDin);
            Assert.AreEqual("line2", b.CodecInput);
            Assert.IsTrue(b.UsesPotMux);
            Assert.AreEqual(5, Esp32Pins.AdcChannel(b.PotMuxPin)); // GPIO33 = ADC1_CH5
        }

        [TestMethod]
        public void StrappingPinsInUseAreFlaggedWithTheirResetRule()
        {
            BoardReport report = BoardValidator.Validate(Load("lyrat-v4.3"));
            Assert.IsTrue(Has(report.Warnings, "i2s-mclk (GPIO0): strapping"));
            Assert.IsTrue(Has(report.Warnings, "i2s-bclk (GPIO5): strapping"));
            Assert.IsTrue(Has(report.Warnings, "led-latch (GPIO15): strapping"));
            BoardReport kit = BoardValidator.Validate(Load("audiokit-v2.2-es8388"));
            Assert.IsTrue(Has(kit.Warnings, "pot-mux (GPIO12): strapping: high at reset selects 1.8 V flash"));
        }

        [TestMethod]
        public void ThePinsOfOneBoardAreUniquePerFunction()
        {
            BoardDefinition b = Load("wrover-e-devkit");
            b.Footswitch = 27; // already pot 8
            BoardReport report = BoardValidator.Validate(b);
            Assert.IsFalse(report.IsValid);
            Assert.IsTrue(Has(report.Errors, "footswitch (GPIO27): already used by pot-pins[7]"));
        }

        [TestMethod]
        public void Adc2PotsAreRejectedWhileWifiIsOn()
        {
            BoardDefinition b = Load("wrover-e-devkit");
            b.Wifi = true;
            BoardReport report = BoardValidator.Validate(b);
            Assert.IsTrue(Has(report.Errors, "pot-pins[6] (GPIO4): ADC2"));
            Assert.IsTrue(Has(report.Errors, "pot-pins[7] (GPIO27): ADC2"));
            Assert.IsFalse(Has(report.Errors, "pot-pins[0]"));
        }

        [TestMethod]
        public void OutputsOnInputOnlyPinsFlashPinsAndBadMclkAreErrors()
        {
            BoardDefinition b = Load("lyrat-v4.3");
            b.LedMosi = 34;
            b.LedSclk = 7;
            b.I2sMclk = 2;
            b.HpDetect = BoardDefinition.NoPin;
            b.I2sWs = 16;
            BoardReport report = BoardValidator.Validate(b);
            Assert.IsTrue(Has(report.Errors, "led-mosi (GPIO34): GPIO34-39 are input only"));
            Assert.IsTrue(Has(report.Errors, "led-sclk (GPIO7): GPIO6-11 belong to the SPI flash"));
            Assert.IsTrue(Has(report.Errors, "i2s-mclk (GPIO2): MCLK can only be output on GPIO0, 1 or 3"));
            Assert.IsTrue(Has(report.Errors, "i2s-ws (GPIO16): GPIO16/17 belong to the PSRAM"));
        }

        [TestMethod]
        public void MuxedPotsNeedTheControlShiftRegister()
        {
            BoardDefinition b = Load("lyrat-v4.3");
            b.LedControl = false;
            Assert.IsTrue(Has(BoardValidator.Validate(b).Errors, "pot-mux needs led-control = yes"));
            b.LedControl = true;
            b.PotPins = new int[] { 36, 39, 32, 33, 34, 35, 4, 27 };
            Assert.IsTrue(Has(BoardValidator.Validate(b).Errors, "give exactly one of pot-pins"));
        }

        [TestMethod]
        public void InputOnlyFootswitchCannotUseAnInternalPullUp()
        {
            BoardDefinition b = Load("lyrat-v4.3");
            b.FootswitchInternalPullUp = true;
            Assert.IsTrue(Has(BoardValidator.Validate(b).Errors, "footswitch (GPIO36): GPIO34-39 have no internal pull-up"));
        }

        [TestMethod]
        [DataRow("i2c-sda = 18", "i2c-sda = eighteen", "line ", "i2c-sda: 'eighteen' is not a GPIO number or 'none'")]
        [DataRow("wifi = off", "wifi = maybe", "line ", "wifi: 'maybe' is not 'on' or 'off'")]
        [DataRow("led-rows = 1", "led-rows = 1\nled-rows = 2", "line ", "'led-rows' given twice")]
        [DataRow("codec = es8388", "codek = es8388", "line ", "unknown key 'codek'")]
        [DataRow("footswitch = 36", "", "line ", "missing 'footswitch'")]
        public void BoardTextErrorsNameTheLineAndKey(string good, string bad, string prefix, string error)
        {
            string text = BoardCatalog.Text(BoardCatalog.IndexOf("lyrat-v4.3"));
            int at = text.IndexOf(good);
            Assert.IsTrue(at >= 0);
            text = text.Substring(0, at) + bad + text.Substring(at + good.Length);
            BoardDefinition b = new BoardDefinition();
            string message = BoardText.TryParse(text, b);
            Assert.IsNotNull(message);
            Assert.IsTrue(message.IndexOf(prefix) == 0 && message.IndexOf(error) > 0, "got: " + message);
            Assert.AreEqual(string.Empty, b.Id); // target untouched
        }

        [TestMethod]
        [DataRow(36, 0)]
        [DataRow(39, 3)]
        [DataRow(32, 4)]
        [DataRow(35, 7)]
        [DataRow(4, 10)]
        [DataRow(12, 15)]
        [DataRow(27, 17)]
        [DataRow(26, 19)]
        [DataRow(5, -1)]
        [DataRow(23, -1)]
        public void GpioMapsToTheNanoFrameworkAdcChannel(int gpio, int channel)
        {
            Assert.AreEqual(channel, Esp32Pins.AdcChannel(gpio));
        }

        [TestMethod]
        public void LoaderReturnsAValidBoardAndItsWarnings()
        {
            BoardReport report = new BoardReport();
            BoardDefinition b = BoardLoader.Load("wrover-e-devkit", report);
            Assert.AreEqual(8, b.PotPins.Length);
            Assert.AreEqual(0, report.Errors.Count);
            Assert.IsTrue(Has(report.Warnings, "footswitch (GPIO15): strapping"));
        }

        [TestMethod]
        public void LoaderNamesTheKnownBoardsForAnUnknownId()
        {
            try
            {
                BoardLoader.Load("lyrat-v9", null);
                Assert.IsTrue(false, "no exception");
            }
            catch (System.InvalidOperationException e)
            {
                Assert.IsTrue(e.Message.IndexOf("unknown board 'lyrat-v9'") >= 0 && e.Message.IndexOf("lyrat-v4.3") > 0, e.Message);
            }
        }
    }
}
