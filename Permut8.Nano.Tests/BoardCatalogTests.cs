#if !NANOFRAMEWORK_1_0
using System.IO;
using nanoFramework.TestFramework;
using Permut8.Nano.Core.Boards;

namespace Permut8.Nano.Tests
{
    /// <summary>
    /// Desktop only (the nano runners have no repository files): the compiled-in board catalog
    /// (Core/Boards/BoardCatalog.g.cs) is exactly what tools/gen-boards.py makes of boards/*.board.
    /// </summary>
    [TestClass]
    public class BoardCatalogTests
    {
        private static string BoardsDirectory()
        {
            DirectoryInfo dir = new DirectoryInfo(System.AppContext.BaseDirectory);
            while (dir != null)
            {
                string candidate = Path.Combine(dir.FullName, "boards");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "engine", "include", "permut8_engine.h")))
                    return candidate;
                dir = dir.Parent;
            }
            Assert.SkipTest("repository not found above " + System.AppContext.BaseDirectory);
            return null;
        }

        [TestMethod]
        public void CatalogEmbedsEveryBoardFileVerbatim()
        {
            string boards = BoardsDirectory();
            string[] files = Directory.GetFiles(boards, "*.board");
            System.Array.Sort(files, System.StringComparer.Ordinal);
            Assert.AreEqual(files.Length, BoardCatalog.Count, "board files vs catalog: run tools/gen-boards.py");
            for (int i = 0; i < files.Length; i++)
            {
                Assert.AreEqual(Path.GetFileName(files[i]), BoardCatalog.FileName(i), "run tools/gen-boards.py");
                string text = File.ReadAllText(files[i]).Replace("\r\n", "\n");
                if (!text.EndsWith("\n")) text += "\n";
                Assert.AreEqual(text, BoardCatalog.Text(i), BoardCatalog.FileName(i) + " changed: run tools/gen-boards.py");
            }
        }
    }
}
#endif
