using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoLint.Tests
{
    internal static class LintHelper
    {
        private static readonly Lazy<ApiList> Api = new Lazy<ApiList>(() => ApiList.Load(FindApiList()));

        public static ApiList NanoApi => Api.Value;

        /// <summary>Lints one file (plus optional companions) against the real nano-api-v1.txt.</summary>
        public static List<Violation> Lint(string source, params string[] companions)
        {
            var files = new List<SourceFile> { new SourceFile("Test.cs", source) };
            files.AddRange(companions.Select((text, i) => new SourceFile($"Companion{i}.cs", text)));
            return Linter.Lint(files, NanoApi);
        }

        public static string[] CodesOf(string source) => Lint(source).Select(v => v.Code).Distinct().OrderBy(c => c).ToArray();

        public static string Describe(IEnumerable<Violation> violations) => string.Join(Environment.NewLine, violations);

        // The repository's shared/ sits beside the repository root (<repoRoot>/../shared), as in CI.
        private static string FindApiList()
        {
            for (DirectoryInfo? dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                foreach (string candidate in new[] { Path.Combine(dir.FullName, "shared", "spec", "nano-api-v1.txt"), Path.Combine(dir.FullName, "..", "shared", "spec", "nano-api-v1.txt") })
                {
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
            throw new FileNotFoundException("shared/spec/nano-api-v1.txt not found above " + AppContext.BaseDirectory);
        }
    }
}
