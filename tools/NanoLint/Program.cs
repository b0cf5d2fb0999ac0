using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoLint
{
    /// <summary>dotnet run --project tools/NanoLint -- REPO [--api FILE]; exit 0 clean, 1 violations, 2 usage.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string? repoRoot = null;
            string? apiPath = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--api" && i + 1 < args.Length)
                {
                    apiPath = args[++i];
                }
                else if (repoRoot == null && !args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    repoRoot = args[i];
                }
                else
                {
                    return Usage($"unexpected argument {args[i]}");
                }
            }
            if (repoRoot == null || !Directory.Exists(repoRoot))
            {
                return Usage("give the repository root");
            }
            repoRoot = Path.GetFullPath(repoRoot);
            apiPath = Path.GetFullPath(apiPath ?? Path.Combine(repoRoot, "..", "shared", "spec", "nano-api-v1.txt"));
            if (!File.Exists(apiPath))
            {
                return Usage($"API list not found: {apiPath} (pass --api FILE)");
            }

            List<string> files = Linter.FindSources(repoRoot);
            var sources = files.Select(f => new SourceFile(Path.GetRelativePath(repoRoot, f), File.ReadAllText(f)));
            List<Violation> violations = Linter.Lint(sources, ApiList.Load(apiPath));
            foreach (Violation violation in violations)
            {
                Console.WriteLine(violation);
            }
            Console.WriteLine($"NanoLint: {files.Count} files, {violations.Count} violations");
            return violations.Count == 0 ? 0 : 1;
        }

        private static int Usage(string problem)
        {
            Console.Error.WriteLine($"NanoLint: {problem}");
            Console.Error.WriteLine("usage: dotnet run --project tools/NanoLint -- REPO_ROOT [--api shared/spec/nano-api-v1.txt]");
            return 2;
        }
    }
}
