namespace Permut8.Nano.Core
{
    // Mirrors of the constants in engine/include/permut8_engine.h. Plain const ints (not enums) because they
    // cross the interop boundary as ints; EngineConstantsTests checks them against the engine at run time.

    /// <summary>Fixed sizes of the engine.</summary>
    public static class EngineLimits
    {
        public const int ApiVersion = 4;
        public const int BlockFrames = 32;
        public const int MemoryFrames = 65536;
        public const int SampleMax = 2047;
        public const int MaxEngines = 4;
    }

    /// <summary>Engine status codes (negative = error).</summary>
    public static class EngineStatus
    {
        public const int Ok = 0;
        public const int BadHandle = -1;
        public const int BadArgument = -2;
        public const int OutOfMemory = -3;
        public const int Sealed = -4;
        public const int NoSlot = -5;
        public const int Budget = -6;
        public const int Load = -7;
        public const int BufferTooSmall = -8;

        public static string Describe(int status)
        {
            switch (status)
            {
                case BadHandle: return "engine handle not open";
                case BadArgument: return "bad argument";
                case OutOfMemory: return "out of memory while opening the engine";
                case Sealed: return "allocation refused: memory plan is sealed";
                case NoSlot: return "too many engines open";
                case Budget: return "region budget exhausted";
                case Load: return "firmware failed to load";
                case BufferTooSmall: return "buffer too small";
                default: return status >= 0 ? "ok" : "unknown error " + status.ToString();
            }
        }
    }

    /// <summary>Memory plans (P8_PLAN_*).</summary>
    public static class MemoryPlan
    {
        public const int Default = 0;
        public const int Seed = 1;
    }

    /// <summary>Memory plan regions (P8_REGION_*) and report fields (P8_REPORT_*).</summary>
    public static class MemoryRegion
    {
        public const int DelayMemory = 0;
        public const int Program = 1;
        public const int Global = 2;
        public const int Stack = 3;
        public const int AudioIo = 4;
        public const int Parameter = 5;
        public const int Display = 6;
        public const int Pools = 7;
        public const int Loader = 8;
        public const int DspState = 9;
        public const int Count = 10;

        public const int ReportBudget = 0;
        public const int ReportSize = 1;
        public const int ReportUsed = 2;
        public const int ReportHighWater = 3;
        public const int ReportWarning = 4;
        public const int ReportFields = 5;
    }

    /// <summary>params[] indices (firmware-visible, 0..Count-1) and panel controls (P8_PARAM_*, P8_CTRL_*).</summary>
    public static class Param
    {
        public const int ClockFreq = 0;
        public const int Switches = 1;
        public const int Operator1 = 2;
        public const int Operand1High = 3;
        public const int Operand1Low = 4;
        public const int Operator2 = 5;
        public const int Operand2High = 6;
        public const int Operand2Low = 7;
        public const int Count = 8;

        public const int InputLevelCentiDb = 8;
        public const int OutputLevelCentiDb = 9;
        public const int FeedbackPermille = 10;
        public const int MixPermille = 11;
        public const int FilterPlacement = 12;
        public const int FilterFreq = 13;
        public const int Limiter = 14;
        public const int FeedbackFlip = 15;
        public const int FeedbackInvert = 16;
        public const int TempoCentiBpm = 17;
        public const int SyncDivision = 18;
        public const int ResetCount = 19;
        public const int Conformance = 20;
        public const int HostPosition = 21;
        public const int TickTrace = 22;
        public const int ClockCapHz = 23;
        public const int ControlCount = 24;
    }

    /// <summary>SWITCHES bits.</summary>
    public static class Switch
    {
        public const int Sync = 0x01;
        public const int Triplet = 0x02;
        public const int Dotted = 0x04;
        public const int WriteProtect = 0x08;
        public const int Reverse = 0x10;
    }

    /// <summary>Operator numbers of slot 1 and slot 2.</summary>
    public static class Operator
    {
        public const int Nop = 0;
        public const int And = 1;
        public const int Mul = 2;
        public const int Osc = 3;
        public const int Rnd = 4;

        public const int Or = 1;
        public const int Xor = 2;
        public const int Msk = 3;
        public const int Sub = 4;
        public const int Count = 5;
    }

    /// <summary>Filter placement values.</summary>
    public static class FilterPlacement
    {
        public const int Off = 0;
        public const int Input = 1;
        public const int Feedback = 2;
        public const int Output = 3;
    }

    /// <summary>p8_get_display fields.</summary>
    public static class DisplayField
    {
        public const int Led0 = 0;
        public const int Led1 = 1;
        public const int Led2 = 2;
        public const int Led3 = 3;
        public const int WriteFrame = 4;
        public const int ReadLeft = 5;
        public const int ReadRight = 6;
        public const int Clock = 7;
        public const int Count = 8;
    }

    /// <summary>p8_read_tick_trace row layout (P8_TRACE_*).</summary>
    public static class TraceField
    {
        public const int Tick = 0;
        public const int Led0 = 1;
        public const int Led1 = 2;
        public const int Led2 = 3;
        public const int Led3 = 4;
        public const int Pos1Left = 5;
        public const int Pos1Right = 6;
        public const int Pos2Left = 7;
        public const int Pos2Right = 8;
        public const int Count = 9;
        public const int MaxTicks = 1024;
    }

    /// <summary>p8_get_stat ids.</summary>
    public static class EngineStat
    {
        public const int AllocsAfterSeal = 0;
        public const int Blocks = 1;
        public const int Ticks = 2;
        public const int PoolInUse = 3;
        public const int PoolLeaks = 4;
        public const int RingDropped = 5;
        public const int Underruns = 6;
        public const int BlockCyclesMin = 7;
        public const int BlockCyclesAvg = 8;
        public const int BlockCyclesMax = 9;
        public const int VmInstrMin = 10;
        public const int VmInstrAvg = 11;
        public const int VmInstrMax = 12;
        public const int VmStackHighWater = 13;
        public const int ParamSets = 14;
        public const int Count = 15;
    }

    /// <summary>Firmware states (P8_FW_*) and runtime error codes (P8_FWERR_*).</summary>
    public static class FirmwareState
    {
        public const int None = 0;
        public const int Running = 1;
        public const int Stopped = 2;
        public const int Aborted = 3;

        public const int ErrNone = 0;
        public const int ErrTimeout = 1;
        public const int ErrBadPeek = 2;
        public const int ErrBadPoke = 3;
        public const int ErrDivisionByZero = 4;
        public const int ErrDataStackOverflow = 5;
        public const int ErrCallStackOverflow = 6;
        public const int ErrAssert = 7;
        public const int ErrBadCall = 8;
        public const int ErrAborted = 9;

        /// <summary>Engine.FirmwareText index of configText (0..7 are panelTextRows).</summary>
        public const int TextConfig = 8;
    }
}
