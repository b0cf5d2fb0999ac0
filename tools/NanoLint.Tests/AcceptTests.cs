using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace NanoLint.Tests
{
    [TestClass]
    public class AcceptTests
    {
        private const string CleanV1File = @"using System;
using System.Collections;
using System.Device.Gpio;
using System.Diagnostics;
using System.Threading;
using nanoFramework.TestFramework;

namespace Permut8.Nano.Core
{
    public enum Mode { Off, On }

    public delegate void Changed(int value);

    public interface IMeter { int Peak { get; } }

    public sealed class PotException : Exception
    {
        public PotException(string message) : base(message) { }
    }

    public class Pots : IMeter
    {
        private readonly ArrayList _values = new ArrayList();
        private readonly byte[] _buffer = new byte[8];
        private int[][] _jagged = new int[2][];
        public event Changed OnChanged;
        public int Peak { get; private set; }

        public void Scan(GpioController gpio, Helper helper)
        {
            _values.Add(Math.Abs(-3));
            Peak = Math.Max(Peak, (int)_values[0]);
            double level = Math.Sqrt(2.0) * Math.PI;
            float gain = Math.Abs(-0.5f);
            SpanByte span = new SpanByte(_buffer, 0, 4);
            span[0] = 1;
            SpanByte rest = span.Slice(1);
            Array.Copy(_buffer, 0, _buffer, 4, 4);
            string text = string.Format(""{0} {1}"", level, gain) + rest.Length.ToString();
            string[] parts = ""a,b"".Split(',');
            Debug.WriteLine(text + parts.Length);
            Thread.Sleep(1);
            Console.WriteLine(DateTime.UtcNow.Ticks.ToString());
            gpio.OpenPin(4, PinMode.Output);
            helper.Twice(_jagged.Length);
            if (OnChanged != null) OnChanged(Peak);
            var worker = new Thread(() => Thread.Sleep(1));
            object boxed = Mode.On;
            Mode m = (Mode)boxed;
            Debug.Assert(m == Mode.On);
            string s = null;
            if (string.IsNullOrEmpty(s)) throw new PotException(""no pot"");
        }
    }

    [TestClass]
    public class PotTests
    {
        private static int s_count;

        [Setup]
        public void Setup() { s_count = 1; }

        [TestMethod]
        [DataRow(1, 2)]
        public void Adds(int a, int b)
        {
            Assert.AreEqual(3, a + b + s_count - 1);
            Assert.IsTrue(Math.Abs(0.1 - 0.1) <= 1e-6, ""tolerance"");
            CollectionAssert.AreEqual(new int[] { 1 }, new int[] { 1 });
            OutputHelper.WriteLine(""done"");
        }
    }
}
";

        private const string Companion = @"namespace Permut8.Nano.Core
{
    public class Helper
    {
        public int Twice(int x) { return 2 * x; }
    }
}
";

        [TestMethod]
        public void CleanV1FileHasNoViolations()
        {
            List<Violation> violations = LintHelper.Lint(CleanV1File, Companion);

            Assert.IsEmpty(violations, LintHelper.Describe(violations));
        }

        private const string CleanDeviceFile = @"using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.I2s;
using System.Runtime.CompilerServices;
using System.Threading;
using nanoFramework.Hardware.Esp32;

namespace Permut8.Nano.Device
{
    public class Board
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeProcess(short[] input, int frames);

        private readonly AutoResetEvent _ready = new AutoResetEvent(false);

        public void Start()
        {
            Configuration.SetPinFunction(25, DeviceFunction.I2S1_BCK);
            NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.All, out uint total, out uint free, out uint largest);
            long freeBytes = nanoFramework.Runtime.Native.GC.Run(true);
            var settings = new I2sConnectionSettings(1) { Mode = I2sMode.Master | I2sMode.Tx, SampleRate = 48000 };
            var dev = new I2sDevice(settings);
            byte[] buffer = new byte[64];
            dev.Write(new SpanByte(buffer));
            var codec = I2cDevice.Create(new I2cConnectionSettings(1, 0x1A));
            codec.Write(new byte[] { 1, 2 });
            GpioPin pin = new GpioController().OpenPin(4, PinMode.InputPullUp);
            pin.ValueChanged += OnChanged;
            _ready.Set();
            _ready.WaitOne(100, false);
        }

        private void OnChanged(object sender, PinValueChangedEventArgs e) { }
    }
}
";

        [TestMethod]
        public void CleanDeviceFileHasNoViolations()
        {
            List<Violation> violations = LintHelper.Lint(CleanDeviceFile);

            Assert.IsEmpty(violations, LintHelper.Describe(violations));
        }

        [TestMethod]
        public void DeviceFileWithAnInventedEnumValueIsRejected()
        {
            List<Violation> violations = LintHelper.Lint(CleanDeviceFile.Replace("I2sMode.Tx", "I2sMode.FullDuplex"));

            Assert.HasCount(1, violations, LintHelper.Describe(violations));
            StringAssert.Contains(violations[0].Message, "I2sMode.FullDuplex is not in nanoFramework v1");
        }

        [TestMethod]
        public void ApiListKnowsTheTypesTheCleanFileUses()
        {
            ApiList api = LintHelper.NanoApi;

            Assert.IsNotNull(api.Find("System.Device.Gpio", "GpioController"));
            Assert.IsTrue(api.HasMember(api.Find("System", "Math")!, "Abs"));
            Assert.IsTrue(api.HasMember(api.Find("System", "String")!, "ToString"), "inherited from Object");
            Assert.IsFalse(api.HasMember(api.Find("System", "String")!, "Join"));
            Assert.IsNull(api.Find("System", "MathF"));
        }

        [TestMethod]
        public void FindSourcesSkipsDesktopBinAndObj()
        {
            string root = Path.Combine(Path.GetTempPath(), "nanolint-" + Guid.NewGuid().ToString("N"));
            try
            {
                foreach (string file in new[]
                {
                    "Permut8.Nano/Core/Engine.cs", "Permut8.Nano/Program.cs", "Permut8.Nano.Tests/EngineTests.cs",
                    "Permut8.Nano.Tests/Nano/Binding.cs", "Permut8.Nano.Tests/Desktop/Host.cs", "Permut8.Nano.Tests/Desktop/TestSupport/X.cs",
                    "Permut8.Nano/Core/obj/Generated.cs", "Permut8.Nano/bin/Debug/X.cs", "tools/Other.cs",
                })
                {
                    string path = Path.Combine(root, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, "");
                }

                string[] found = Linter.FindSources(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToArray();

                CollectionAssert.AreEqual(
                    new[] { "Permut8.Nano.Tests/EngineTests.cs", "Permut8.Nano.Tests/Nano/Binding.cs", "Permut8.Nano/Core/Engine.cs", "Permut8.Nano/Program.cs" },
                    found);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
