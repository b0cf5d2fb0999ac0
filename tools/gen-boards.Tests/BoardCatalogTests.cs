using Microsoft.VisualStudio.TestTools.UnitTesting;
using Permut8.Nano.Core.Boards;

[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]

namespace GenBoards.Tests;

/// <summary>boards/*.board is the single source of truth; the catalog compiled into the pedal must match it.</summary>
[TestClass]
public sealed class BoardCatalogTests
{
    private static string BoardsDirectory()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "boards");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "engine", "include", "permut8_engine.h")))
                return candidate;
        }
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    [TestMethod]
    public void CatalogEmbedsEveryBoardFileVerbatim()
    {
        string[] files = Directory.GetFiles(BoardsDirectory(), "*.board");
        Array.Sort(files, StringComparer.Ordinal);
        Assert.AreEqual(BoardCatalog.Count, files.Length, "board files vs catalog: run tools/gen-boards.py");
        for (int i = 0; i < files.Length; i++)
        {
            Assert.AreEqual(Path.GetFileName(files[i]), BoardCatalog.FileName(i), "run tools/gen-boards.py");
            string text = File.ReadAllText(files[i]).Replace("\r\n", "\n");
            if (!text.EndsWith('\n')) text += "\n";
            Assert.AreEqual(text, BoardCatalog.Text(i), BoardCatalog.FileName(i) + " changed: run tools/gen-boards.py");
        }
    }

    [TestMethod]
    public void EveryBoardFileIsValid()
    {
        foreach (string file in Directory.GetFiles(BoardsDirectory(), "*.board"))
        {
            var board = new BoardDefinition();
            string? error = BoardText.TryParse(File.ReadAllText(file), board);
            Assert.IsNull(error, Path.GetFileName(file) + ": " + error);
            BoardReport report = BoardValidator.Validate(board);
            Assert.IsTrue(report.IsValid, Path.GetFileName(file) + ":\n" + report);
            Assert.AreEqual(Path.GetFileNameWithoutExtension(file), board.Id, "a board file is named after its id");
        }
    }
}
