using Permut8.Cli.Settings;

namespace Permut8.Cli.Tests;

[TestClass]
public sealed class AutomationTests
{
    private const string Sample = """
        # knob moves for a test
        0.5   feedback 60      # half a second in
        0     op2      SUB
        0     operand2 A000
        1.25  sync     1/8T
        2     reset
        2     rev      on
        """;

    [TestMethod]
    public void Parse_SkipsCommentsAndSortsByTimeKeepingFileOrderForTies()
    {
        Automation a = Automation.Parse(Sample, "moves.txt");
        CollectionAssert.AreEqual(new[] { "op2", "operand2", "feedback", "sync", "reset", "rev" }, a.Events.Select(e => e.Name).ToArray());
        Assert.AreEqual(0.5, a.Events[2].Seconds);
    }

    [TestMethod]
    public void ApplyDue_AppliesOnlyEventsAtOrBeforeTheTime()
    {
        Automation a = Automation.Parse(Sample, "moves.txt");
        var s = new ProgramSettings();
        Assert.IsTrue(a.ApplyDue(0, s, "moves.txt"));
        Assert.AreEqual(4, s.Operator2);
        Assert.AreEqual(0xA000, s.Operand2);
        Assert.AreEqual(0, s.FeedbackPermille);
        Assert.IsFalse(a.ApplyDue(0.4, s, "moves.txt"));
        Assert.IsTrue(a.ApplyDue(1.3, s, "moves.txt"));
        Assert.AreEqual(600, s.FeedbackPermille);
        Assert.AreEqual(SyncDivision.Parse("1/8T"), s.Sync);
        a.ApplyDue(10, s, "moves.txt");
        Assert.AreEqual(1, s.ResetCount);
        Assert.IsTrue(s.Reverse);
    }

    [TestMethod]
    public void Parse_UnknownParameter_NamesFileLineAndTheKnownNames()
    {
        var e = Assert.ThrowsExactly<UserException>(() => Automation.Parse("0 feedback 10\n1 fedback 20\n", "m.txt"));
        StringAssert.StartsWith(e.Message, "m.txt line 2: unknown parameter 'fedback'");
        StringAssert.Contains(e.Message, "feedback");
    }

    [TestMethod]
    [DataRow("x feedback 10", "not a time")]
    [DataRow("-1 feedback 10", "not a time")]
    [DataRow("1 feedback", "expected 'time_seconds parameter value'")]
    [DataRow("1 operand1 XYZ", "not a hex operand")]
    [DataRow("1 sync 1/5", "not a sync division")]
    public void Parse_BadLines_AreUserErrorsWithTheLineNumber(string line, string expected)
    {
        var e = Assert.ThrowsExactly<UserException>(() => Automation.Parse("# header\n" + line, "m.txt"));
        StringAssert.StartsWith(e.Message, "m.txt line 2");
        StringAssert.Contains(e.Message, expected);
    }
}
