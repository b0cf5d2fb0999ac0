using System;
using Mst = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace TestFrameworkShared
{
    /// <summary>Thrown by a failing assert ("Assert.X failed. …"). Derives from MSTest's so it reports as a failure.</summary>
    public class AssertFailedException : Mst.AssertFailedException
    {
        public AssertFailedException()
        {
        }

        public AssertFailedException(string msg) : base(msg)
        {
        }

        public AssertFailedException(string msg, Exception ex) : base(msg, ex)
        {
        }
    }
}

namespace nanoFramework.TestFramework
{
    /// <summary>Skips the current test, or the whole class when thrown from [Setup]. Reported as skipped (inconclusive).</summary>
    public class SkipTestException : Mst.AssertInconclusiveException
    {
        public SkipTestException(string? message = null, Exception? innerException = null)
            : base(message ?? "Test skipped.", innerException!)
        {
        }
    }
}
