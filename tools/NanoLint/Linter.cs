using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NanoLint
{
    /// <summary>A C# file to lint: the path to report and its text.</summary>
    public sealed record SourceFile(string Path, string Text);

    /// <summary>The lint core: parses as C# 9, binds all files together against .NET, runs the syntax and API rules.</summary>
    public static class Linter
    {
        /// <summary>The nano-targeted roots; files under a "Desktop" directory, bin or obj are desktop-only or build output.</summary>
        public static readonly string[] SourceRoots = { "Permut8.Nano", "Permut8.Nano.Tests" };

        private static readonly string[] SkippedSegments = { "Desktop", "bin", "obj" };

        // NANOFRAMEWORK_1_0 is what the nano project system defines: lint the code the device compiles.
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp9, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" });

        private static readonly Lazy<MetadataReference[]> References = new Lazy<MetadataReference[]>(LoadReferences);

        /// <summary>Every nano-targeted *.cs under the repository, sorted, as full paths.</summary>
        public static List<string> FindSources(string repoRoot)
        {
            var files = new List<string>();
            foreach (string root in SourceRoots)
            {
                string dir = Path.Combine(repoRoot, root);
                if (!Directory.Exists(dir))
                {
                    continue;
                }
                foreach (string file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                {
                    string[] segments = Path.GetRelativePath(dir, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                    if (!segments.Take(segments.Length - 1).Any(s => SkippedSegments.Contains(s, StringComparer.Ordinal)))
                    {
                        files.Add(file);
                    }
                }
            }
            files.Sort(StringComparer.Ordinal);
            return files;
        }

        /// <summary>Lints the files together (so types declared in one are known in the others). api null = syntax rules only.</summary>
        public static List<Violation> Lint(IEnumerable<SourceFile> sources, ApiList? api)
        {
            var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)).ToList();
            var compilation = CSharpCompilation.Create("NanoLint", trees, References.Value,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            var found = new Dictionary<(string, int, int, string), Violation>();

            foreach (SyntaxTree tree in trees)
            {
                void Report(Location location, string code, string message)
                {
                    FileLinePositionSpan span = location.GetLineSpan();
                    var key = (tree.FilePath, span.StartLinePosition.Line, span.StartLinePosition.Character, code);
                    found.TryAdd(key, new Violation(tree.FilePath, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, code, message));
                }

                foreach (Diagnostic d in tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    Report(d.Location, Codes.LanguageVersion, $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
                }
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (Diagnostic d in model.GetDiagnostics().Where(IsLanguageVersionError))
                {
                    Report(d.Location, Codes.LanguageVersion, $"{d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}");
                }
                Action<SyntaxNodeOrToken, string, string> report = (at, code, message) => Report(at.GetLocation()!, code, message);
                new SyntaxRules(model, report).Visit(tree.GetRoot());
                if (api != null)
                {
                    new ApiRules(model, api, report).Visit(tree.GetRoot());
                }
            }
            return found.Values.OrderBy(v => v.File, StringComparer.Ordinal).ThenBy(v => v.Line).ThenBy(v => v.Column).ToList();
        }

        private static bool IsLanguageVersionError(Diagnostic d) =>
            d.Severity == DiagnosticSeverity.Error && d.GetMessage(CultureInfo.InvariantCulture).Contains("language version", StringComparison.OrdinalIgnoreCase);

        // Prefer the reference pack (public surface only) of the running runtime's major version; else the runtime itself.
        private static MetadataReference[] LoadReferences()
        {
            string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            string dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
            string packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            string tfm = "net" + Environment.Version.Major + ".0";
            string? refDir = Directory.Exists(packs)
                ? Directory.GetDirectories(packs, Environment.Version.Major + ".*")
                    .Select(d => Path.Combine(d, "ref", tfm))
                    .Where(Directory.Exists)
                    .OrderByDescending(d => d, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;
            var references = new List<MetadataReference>();
            foreach (string dll in Directory.GetFiles(refDir ?? runtimeDir, "*.dll"))
            {
                try
                {
                    using var stream = File.OpenRead(dll);
                    using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
                    if (reader.HasMetadata)
                    {
                        references.Add(MetadataReference.CreateFromFile(dll));
                    }
                }
                catch (BadImageFormatException)
                {
                }
            }
            return references.ToArray();
        }
    }
}
