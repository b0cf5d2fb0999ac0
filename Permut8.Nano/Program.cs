using System;
using System.Device.Gpio;
using System.Threading;
using Permut8.Nano.Core;
using Permut8.Nano.Core.Boards;
using Permut8.Nano.Core.Controls;
using Permut8.Nano.Core.Display;
using Permut8.Nano.Core.Nano;
using Permut8.Nano.Device;
using Permut8.Nano.Device.Dev;
using Permut8.Nano.Device.Hid;
using Permut8.Nano.Device.Per;

namespace Permut8.Nano
{
    /// <summary>Wiring only: board → pins → codec → engine → audio task → control thread.</summary>
    public class Program
    {
        /// <summary>The board this build runs on: an id from boards/ (see boards/README.md).</summary>
        private const string BoardId = "lyrat-v4.3";

        // kept referenced for the life of the app (a disposed pin would let the amplifier float on)
        private static GpioPin s_amplifier;

        public static void Main()
        {
            BoardReport report = new BoardReport();
            BoardDefinition board = BoardLoader.Load(BoardId, report);
            Console.Write(report.ToString());

            BoardPins.Apply(board);
            GpioController gpio = new GpioController();
            s_amplifier = BoardPins.HoldAmplifierOff(gpio, board);

            LedFrame frame = new LedFrame(board.LedRows, board.LedControl);
            ShiftRegister595 chain = new ShiftRegister595(BoardPins.SpiBus, board.LedLatch, gpio, board.LedOe);
            frame.SetControl(0x08); // pot mux inhibited until the first scan
            frame.Fill(true);       // lamp test while the rest boots
            chain.Write(frame.Bytes);
            chain.Enable(true);

            Es8388 codec = new Es8388(BoardPins.I2cBus, board.CodecAddress);
            if (!codec.IsPresent()) throw new InvalidOperationException("no ES8388 at the board's I2C pins: wrong board id or pinout (boards/README.md)");
            codec.Init(board.CodecInput == "line2" ? Es8388.InputLine2 : Es8388.InputLine1);

            Engine engine = new Engine(new InteropEngineBinding());
            if (!engine.IsAvailable) throw new InvalidOperationException(engine.UnavailableReason);
            engine.Open(MemoryPlan.Default, board.SampleRate);
            AudioPort.Start(engine, board);
            codec.Start();

            frame.Fill(false);
            ControlLoop loop = new ControlLoop(engine, new PanelController(), new Pots(board, frame, chain),
                new Footswitches(gpio, board), frame, chain, board.SampleRate);
            Thread control = new Thread(loop.Run);
            control.Start();

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
