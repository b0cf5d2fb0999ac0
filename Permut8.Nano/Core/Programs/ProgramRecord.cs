namespace Permut8.Nano.Core.Programs
{
    /// <summary>Sync modes of a program (the SYNC / DOTTED / TRIPLET switches as one field).</summary>
    public static class SyncMode
    {
        public const int Off = 0;
        public const int Standard = 1;
        public const int Dotted = 2;
        public const int Triplet = 3;

        /// <summary>The SWITCHES bits of a mode: SYNC, plus DOTTED or TRIPLET; none for Off.</summary>
        public static int SwitchBits(int mode)
        {
            if (mode == Standard) return Switch.Sync;
            if (mode == Dotted) return Switch.Sync | Switch.Dotted;
            if (mode == Triplet) return Switch.Sync | Switch.Triplet;
            return 0;
        }

        /// <summary>The mode SWITCHES bits select; DOTTED wins when both DOTTED and TRIPLET are set.</summary>
        public static int FromSwitches(int switches)
        {
            if ((switches & Switch.Sync) == 0) return Off;
            if ((switches & Switch.Dotted) != 0) return Dotted;
            if ((switches & Switch.Triplet) != 0) return Triplet;
            return Standard;
        }
    }

    /// <summary>
    /// One Permut8 program (preset): every panel setting a program recalls (spec/permut8.md §4.5: the bank
    /// fields) plus the pedal's tempo. WRITE PROTECT is not a program field. Values use the engine's units and
    /// ranges (permut8_engine.h); <see cref="Validate"/> says what is out of range. Text form: ProgramText.
    /// </summary>
    public sealed class ProgramRecord
    {
        public const int MaxNameLength = 32;

        public string Name = "Init";
        public int ClockHz = 44100;
        public int Sync = SyncMode.Off;
        public int SyncDivision = 3;
        public int TempoCentiBpm = 12000;
        public bool Reverse;
        public int Operator1 = Operator.Nop;
        public int Operand1 = 0;        // 16-bit: high byte = OPERAND_1_HIGH
        public int Operator2 = Operator.Nop;
        public int Operand2 = 0;
        public int InputLevelCentiDb = 0;
        public int OutputLevelCentiDb = 0;
        public int FeedbackPermille = 0;
        public int MixPermille = 1000;
        public int FilterPlacement = Core.FilterPlacement.Off;
        public int FilterFreq = 0;
        public bool Limiter = true;
        public bool FeedbackFlip;
        public bool FeedbackInvert;

        public void CopyTo(ProgramRecord other)
        {
            other.Name = Name;
            other.ClockHz = ClockHz;
            other.Sync = Sync;
            other.SyncDivision = SyncDivision;
            other.TempoCentiBpm = TempoCentiBpm;
            other.Reverse = Reverse;
            other.Operator1 = Operator1;
            other.Operand1 = Operand1;
            other.Operator2 = Operator2;
            other.Operand2 = Operand2;
            other.InputLevelCentiDb = InputLevelCentiDb;
            other.OutputLevelCentiDb = OutputLevelCentiDb;
            other.FeedbackPermille = FeedbackPermille;
            other.MixPermille = MixPermille;
            other.FilterPlacement = FilterPlacement;
            other.FilterFreq = FilterFreq;
            other.Limiter = Limiter;
            other.FeedbackFlip = FeedbackFlip;
            other.FeedbackInvert = FeedbackInvert;
        }

        public bool SameAs(ProgramRecord other)
        {
            return other != null && Name == other.Name && ClockHz == other.ClockHz && Sync == other.Sync
                && SyncDivision == other.SyncDivision && TempoCentiBpm == other.TempoCentiBpm && Reverse == other.Reverse
                && Operator1 == other.Operator1 && Operand1 == other.Operand1 && Operator2 == other.Operator2
                && Operand2 == other.Operand2 && InputLevelCentiDb == other.InputLevelCentiDb
                && OutputLevelCentiDb == other.OutputLevelCentiDb && FeedbackPermille == other.FeedbackPermille
                && MixPermille == other.MixPermille && FilterPlacement == other.FilterPlacement
                && FilterFreq == other.FilterFreq && Limiter == other.Limiter && FeedbackFlip == other.FeedbackFlip
                && FeedbackInvert == other.FeedbackInvert;
        }

        /// <summary>Null when every field is in range, else "field: reason".</summary>
        public string Validate()
        {
            string nameError = CheckName(Name);
            if (nameError != null) return "name: " + nameError;
            if (ClockHz < 0 || ClockHz > 352800) return "clock-hz: must be 0..352800";
            if (Sync < SyncMode.Off || Sync > SyncMode.Triplet) return "sync: unknown mode";
            if (SyncDivision < 0 || SyncDivision > 6) return "sync-division: must be 0..6";
            if (TempoCentiBpm < 2000 || TempoCentiBpm > 99900) return "tempo-centi-bpm: must be 2000..99900";
            if (Operator1 < 0 || Operator1 >= Operator.Count) return "operator1: unknown operator";
            if (Operator2 < 0 || Operator2 >= Operator.Count) return "operator2: unknown operator";
            if (Operand1 < 0 || Operand1 > 0xFFFF) return "operand1: must be 0x0000..0xFFFF";
            if (Operand2 < 0 || Operand2 > 0xFFFF) return "operand2: must be 0x0000..0xFFFF";
            if (InputLevelCentiDb < -6000 || InputLevelCentiDb > 2400) return "input-level-cdb: must be -6000..2400";
            if (OutputLevelCentiDb < -6000 || OutputLevelCentiDb > 2400) return "output-level-cdb: must be -6000..2400";
            if (FeedbackPermille < 0 || FeedbackPermille > 1000) return "feedback-permille: must be 0..1000";
            if (MixPermille < 0 || MixPermille > 1000) return "mix-permille: must be 0..1000";
            if (FilterPlacement < Core.FilterPlacement.Off || FilterPlacement > Core.FilterPlacement.Output) return "filter: unknown placement";
            if (FilterFreq < -1000 || FilterFreq > 1000) return "filter-freq: must be -1000..1000";
            return null;
        }

        /// <summary>Null when `name` is a valid program name: 1..32 printable ASCII characters, no leading or
        /// trailing space (so the text form needs no quoting or escaping).</summary>
        public static string CheckName(string name)
        {
            if (name == null || name.Length == 0) return "must not be empty";
            if (name.Length > MaxNameLength) return "longer than 32 characters";
            if (name[0] == ' ' || name[name.Length - 1] == ' ') return "must not start or end with a space";
            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] < ' ' || name[i] > '~') return "only printable ASCII characters are allowed";
            }
            return null;
        }

        /// <summary>The SWITCHES param bits this program sets (write protect is never part of a program).</summary>
        public int Switches()
        {
            return (Reverse ? Switch.Reverse : 0) | SyncMode.SwitchBits(Sync);
        }

        /// <summary>Writes this program into a params/controls array (length ≥ Param.ControlCount). Controls that
        /// are not program fields (reset count, conformance, host position) are left as they are.</summary>
        public void ToParams(int[] parameters)
        {
            parameters[Param.ClockFreq] = ClockHz;
            parameters[Param.Switches] = Switches();
            parameters[Param.Operator1] = Operator1;
            parameters[Param.Operand1High] = (Operand1 >> 8) & 0xFF;
            parameters[Param.Operand1Low] = Operand1 & 0xFF;
            parameters[Param.Operator2] = Operator2;
            parameters[Param.Operand2High] = (Operand2 >> 8) & 0xFF;
            parameters[Param.Operand2Low] = Operand2 & 0xFF;
            parameters[Param.InputLevelCentiDb] = InputLevelCentiDb;
            parameters[Param.OutputLevelCentiDb] = OutputLevelCentiDb;
            parameters[Param.FeedbackPermille] = FeedbackPermille;
            parameters[Param.MixPermille] = MixPermille;
            parameters[Param.FilterPlacement] = FilterPlacement;
            parameters[Param.FilterFreq] = FilterFreq;
            parameters[Param.Limiter] = Limiter ? 1 : 0;
            parameters[Param.FeedbackFlip] = FeedbackFlip ? 1 : 0;
            parameters[Param.FeedbackInvert] = FeedbackInvert ? 1 : 0;
            parameters[Param.TempoCentiBpm] = TempoCentiBpm;
            parameters[Param.SyncDivision] = SyncDivision;
        }

        /// <summary>Takes the panel's current values back into the program (saving what the player hears).</summary>
        public void FromParams(int[] parameters)
        {
            ClockHz = parameters[Param.ClockFreq];
            int switches = parameters[Param.Switches];
            Reverse = (switches & Switch.Reverse) != 0;
            Sync = SyncMode.FromSwitches(switches);
            Operator1 = parameters[Param.Operator1];
            Operand1 = ((parameters[Param.Operand1High] & 0xFF) << 8) | (parameters[Param.Operand1Low] & 0xFF);
            Operator2 = parameters[Param.Operator2];
            Operand2 = ((parameters[Param.Operand2High] & 0xFF) << 8) | (parameters[Param.Operand2Low] & 0xFF);
            InputLevelCentiDb = parameters[Param.InputLevelCentiDb];
            OutputLevelCentiDb = parameters[Param.OutputLevelCentiDb];
            FeedbackPermille = parameters[Param.FeedbackPermille];
            MixPermille = parameters[Param.MixPermille];
            FilterPlacement = parameters[Param.FilterPlacement];
            FilterFreq = parameters[Param.FilterFreq];
            Limiter = parameters[Param.Limiter] != 0;
            FeedbackFlip = parameters[Param.FeedbackFlip] != 0;
            FeedbackInvert = parameters[Param.FeedbackInvert] != 0;
            TempoCentiBpm = parameters[Param.TempoCentiBpm];
            SyncDivision = parameters[Param.SyncDivision];
        }
    }
}
