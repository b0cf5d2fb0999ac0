using Permut8.Nano.Core.Text;

namespace Permut8.Nano.Core.Programs
{
    /// <summary>
    /// The strict text form of a <see cref="ProgramRecord"/> (files in the pedal's storage, the CLI, tests):
    ///
    ///   permut8-program 1
    ///   name=Beat Repeat
    ///   clock-hz=44100
    ///   …one line per field, in the order of <see cref="Keys"/>…
    ///   end
    ///
    /// Rules: the header line first, then every key exactly once (any order), "key=value" with nothing around
    /// the '=', then "end". Lines end in "\n" or "\r\n"; blank lines and lines starting with '#' are comments.
    /// Numbers are base 10 (operands "0x" + 4 hex digits); enums are words; booleans 0/1. Anything else —
    /// unknown or repeated key, missing key, out-of-range value, text after "end" — is an error that names the
    /// line, and the target program is left untouched: bad input never loses data.
    /// </summary>
    public static class ProgramText
    {
        public const string Header = "permut8-program 1";
        public const string End = "end";

        public static readonly string[] Keys =
        {
            "name", "clock-hz", "sync", "sync-division", "tempo-centi-bpm", "reverse",
            "operator1", "operand1", "operator2", "operand2",
            "input-level-cdb", "output-level-cdb", "feedback-permille", "mix-permille",
            "filter", "filter-freq", "limiter", "feedback-flip", "feedback-invert",
        };

        private static readonly string[] s_syncWords = { "off", "standard", "dotted", "triplet" };
        /// <summary>Operator names by number, slot 1 and slot 2 (the CLI's flags use the same words).</summary>
        public static readonly string[] Operator1Words = { "NOP", "AND", "MUL", "OSC", "RND" };
        public static readonly string[] Operator2Words = { "NOP", "OR", "XOR", "MSK", "SUB" };
        private static readonly string[] s_filterWords = { "off", "input", "feedback", "output" };

        /// <summary>The text form. Throws ArgumentException for a program that does not validate (so an invalid
        /// program is never written where a good one was).</summary>
        public static string Serialize(ProgramRecord p)
        {
            string error = p.Validate();
            if (error != null) throw new System.ArgumentException("invalid program: " + error);
            string[] values =
            {
                p.Name, p.ClockHz.ToString(), s_syncWords[p.Sync], p.SyncDivision.ToString(), p.TempoCentiBpm.ToString(),
                Bool(p.Reverse), Operator1Words[p.Operator1], StrictNumber.ToHex(p.Operand1, 4),
                Operator2Words[p.Operator2], StrictNumber.ToHex(p.Operand2, 4),
                p.InputLevelCentiDb.ToString(), p.OutputLevelCentiDb.ToString(), p.FeedbackPermille.ToString(),
                p.MixPermille.ToString(), s_filterWords[p.FilterPlacement], p.FilterFreq.ToString(),
                Bool(p.Limiter), Bool(p.FeedbackFlip), Bool(p.FeedbackInvert),
            };
            string text = Header + "\n";
            for (int i = 0; i < Keys.Length; i++) text += Keys[i] + "=" + values[i] + "\n";
            return text + End + "\n";
        }

        /// <summary>Parses `text` into `target`. Returns null on success; otherwise "line N: …" and `target` is
        /// unchanged.</summary>
        public static string TryParse(string text, ProgramRecord target)
        {
            if (text == null) return "line 1: no text";
            string[] lines = text.Split('\n');
            ProgramRecord p = new ProgramRecord();
            bool[] seen = new bool[Keys.Length];
            bool headerSeen = false;
            bool endSeen = false;
            for (int n = 0; n < lines.Length; n++)
            {
                string line = lines[n];
                if (line.Length > 0 && line[line.Length - 1] == '\r') line = line.Substring(0, line.Length - 1);
                string where = "line " + (n + 1).ToString() + ": ";
                if (line.Length == 0 || line[0] == '#') continue;
                if (endSeen) return where + "text after 'end'";
                if (!headerSeen)
                {
                    if (line != Header) return where + "expected '" + Header + "'";
                    headerSeen = true;
                    continue;
                }
                if (line == End)
                {
                    endSeen = true;
                    continue;
                }
                int eq = line.IndexOf('=');
                if (eq <= 0) return where + "expected key=value";
                string key = line.Substring(0, eq);
                string value = line.Substring(eq + 1);
                int k = IndexOf(Keys, key);
                if (k < 0) return where + "unknown key '" + key + "'";
                if (seen[k]) return where + "'" + key + "' given twice";
                seen[k] = true;
                string error = SetField(p, k, value);
                if (error != null) return where + key + ": " + error;
            }
            if (!headerSeen) return "line 1: expected '" + Header + "'";
            for (int k = 0; k < Keys.Length; k++)
            {
                if (!seen[k]) return "line " + lines.Length.ToString() + ": missing '" + Keys[k] + "'";
            }
            if (!endSeen) return "line " + lines.Length.ToString() + ": missing 'end' (truncated?)";
            string invalid = p.Validate();
            if (invalid != null) return "line " + lines.Length.ToString() + ": " + invalid;
            p.CopyTo(target);
            return null;
        }

        private static string SetField(ProgramRecord p, int key, string value)
        {
            int v = 0;
            switch (key)
            {
                case 0:
                    string nameError = ProgramRecord.CheckName(value);
                    if (nameError != null) return nameError;
                    p.Name = value;
                    return null;
                case 2: return Word(value, s_syncWords, out p.Sync);
                case 5: return Flag(value, out p.Reverse);
                case 6: return Word(value, Operator1Words, out p.Operator1);
                case 7: return Operand(value, out p.Operand1);
                case 8: return Word(value, Operator2Words, out p.Operator2);
                case 9: return Operand(value, out p.Operand2);
                case 14: return Word(value, s_filterWords, out p.FilterPlacement);
                case 16: return Flag(value, out p.Limiter);
                case 17: return Flag(value, out p.FeedbackFlip);
                case 18: return Flag(value, out p.FeedbackInvert);
            }
            if (value.IndexOf('x') >= 0 || value.IndexOf('X') >= 0) return "'" + value + "' is not a base-10 number";
            if (!StrictNumber.TryParse(value, out v)) return "'" + value + "' is not a number";
            switch (key)
            {
                case 1: return Range(v, 0, 352800, out p.ClockHz);
                case 3: return Range(v, 0, 6, out p.SyncDivision);
                case 4: return Range(v, 2000, 99900, out p.TempoCentiBpm);
                case 10: return Range(v, -6000, 2400, out p.InputLevelCentiDb);
                case 11: return Range(v, -6000, 2400, out p.OutputLevelCentiDb);
                case 12: return Range(v, 0, 1000, out p.FeedbackPermille);
                case 13: return Range(v, 0, 1000, out p.MixPermille);
                default: return Range(v, -1000, 1000, out p.FilterFreq);
            }
        }

        private static string Range(int v, int min, int max, out int field)
        {
            field = v;
            if (v < min || v > max) return v.ToString() + " is out of range " + min.ToString() + ".." + max.ToString();
            return null;
        }

        private static string Word(string value, string[] words, out int field)
        {
            field = IndexOf(words, value);
            if (field >= 0) return null;
            field = 0;
            string list = words[0];
            for (int i = 1; i < words.Length; i++) list += "|" + words[i];
            return "'" + value + "' is not one of " + list;
        }

        private static string Flag(string value, out bool field)
        {
            field = value == "1";
            return value == "0" || value == "1" ? null : "'" + value + "' is not 0 or 1";
        }

        private static string Operand(string value, out int field)
        {
            field = 0;
            if (value.Length != 6 || value[0] != '0' || value[1] != 'x' || !StrictNumber.TryParse(value, out field))
                return "'" + value + "' is not 0x followed by 4 hex digits";
            return null;
        }

        private static string Bool(bool b) { return b ? "1" : "0"; }

        private static int IndexOf(string[] items, string item)
        {
            for (int i = 0; i < items.Length; i++)
            {
                if (items[i] == item) return i;
            }
            return -1;
        }
    }
}
