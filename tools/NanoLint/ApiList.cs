using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NanoLint
{
    /// <summary>One overload of a method or constructor in the nano API list; types as written there ("int", "byte[]", "Array").</summary>
    public sealed record ApiOverload(string[] ParameterTypes, int RequiredCount, bool LastIsParams, string Signature);

    /// <summary>A type of the nano API list with its members by name (constructors under ".ctor").</summary>
    public sealed class ApiType
    {
        public ApiType(string ns, string name)
        {
            Namespace = ns;
            Name = name;
        }

        public string Namespace { get; }

        /// <summary>Name as listed, nested types as "Outer.Inner", generic ones with arity ("Action`1").</summary>
        public string Name { get; }

        public List<string> Bases { get; } = new List<string>();

        public Dictionary<string, List<ApiOverload>> Members { get; } = new Dictionary<string, List<ApiOverload>>(StringComparer.Ordinal);

        public string FullName => Namespace + "." + Name;
    }

    /// <summary>
    /// shared/spec/nano-api-v1.txt parsed: "namespace | kind Type | member-kind [attributes] [modifiers] signature | assembly".
    /// </summary>
    public sealed class ApiList
    {
        private static readonly HashSet<string> ParameterModifiers = new HashSet<string> { "params", "ref", "out", "in", "this" };

        private readonly Dictionary<string, ApiType> _byFullName = new Dictionary<string, ApiType>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ApiType>> _bySimpleName = new Dictionary<string, List<ApiType>>(StringComparer.Ordinal);

        public IReadOnlyCollection<ApiType> Types => _byFullName.Values;

        public static ApiList Load(string path) => Parse(File.ReadAllText(path));

        public static ApiList Parse(string text)
        {
            var list = new ApiList();
            foreach (string rawLine in text.Split('\n'))
            {
                string line = rawLine.TrimEnd('\r');
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                string[] parts = line.Split(" | ");
                if (parts.Length < 3)
                {
                    continue;
                }
                string typePart = parts[1].Trim();
                string typeName = NormalizeTypeName(typePart.Substring(typePart.IndexOf(' ') + 1));
                ApiType type = list.GetOrAdd(parts[0].Trim(), typeName);
                list.AddMember(type, string.Join(" | ", parts, 2, parts.Length - 3).Trim());
            }
            return list;
        }

        public ApiType? Find(string ns, string name) => _byFullName.GetValueOrDefault(ns + "." + name);

        /// <summary>Types listed under this simple name ("MemoryType") or nested name ("NativeMemory.MemoryType").</summary>
        public IReadOnlyList<ApiType> FindBySimpleName(string name) =>
            _bySimpleName.TryGetValue(name, out List<ApiType>? types) ? types : Array.Empty<ApiType>();

        public bool HasMember(ApiType type, string member) => Chain(type, inherit: true).Any(t => t.Members.ContainsKey(member));

        /// <summary>Overloads of a method (walking listed base types) or the constructors (never inherited).</summary>
        public IEnumerable<ApiOverload> Overloads(ApiType type, string member) =>
            Chain(type, inherit: member != ".ctor").SelectMany(t => t.Members.TryGetValue(member, out List<ApiOverload>? o) ? o : new List<ApiOverload>());

        /// <summary>The type, then (when inherit) its listed bases and interfaces, ending at System.Object.</summary>
        private IEnumerable<ApiType> Chain(ApiType type, bool inherit)
        {
            var seen = new HashSet<ApiType>();
            var pending = new Stack<ApiType>();
            pending.Push(type);
            while (pending.Count > 0)
            {
                ApiType current = pending.Pop();
                if (!seen.Add(current))
                {
                    continue;
                }
                yield return current;
                if (!inherit)
                {
                    yield break;
                }
                foreach (string baseName in current.Bases)
                {
                    ApiType? baseType = Find(current.Namespace, baseName) ?? FindBySimpleName(baseName).FirstOrDefault();
                    if (baseType != null)
                    {
                        pending.Push(baseType);
                    }
                }
                if (current.Bases.Count == 0 && Find("System", "Object") is ApiType obj)
                {
                    pending.Push(obj); // interfaces and structs list no base, yet every value answers object's members
                }
            }
        }

        private ApiType GetOrAdd(string ns, string name)
        {
            string full = ns + "." + name;
            if (!_byFullName.TryGetValue(full, out ApiType? type))
            {
                type = new ApiType(ns, name);
                _byFullName.Add(full, type);
                AddSimpleName(name, type);
                int dot = name.LastIndexOf('.');
                if (dot >= 0)
                {
                    AddSimpleName(name.Substring(dot + 1), type);
                }
            }
            return type;
        }

        private void AddSimpleName(string name, ApiType type)
        {
            if (!_bySimpleName.TryGetValue(name, out List<ApiType>? types))
            {
                types = new List<ApiType>();
                _bySimpleName.Add(name, types);
            }
            types.Add(type);
        }

        private void AddMember(ApiType type, string member)
        {
            int space = member.IndexOf(' ');
            if (space < 0)
            {
                return;
            }
            string kind = member.Substring(0, space);
            string rest = StripAttributes(member.Substring(space + 1));
            switch (kind)
            {
                case "type":
                    int colon = TopLevelIndexOf(rest, " : ");
                    if (colon >= 0 && !rest.Contains(" delegate ", StringComparison.Ordinal) && !rest.StartsWith("delegate ", StringComparison.Ordinal))
                    {
                        type.Bases.AddRange(SplitTopLevel(rest.Substring(colon + 3)).Select(b => NormalizeTypeName(b.Trim())));
                    }
                    break;
                case "ctor":
                    Add(type, ".ctor", ParseOverload(rest));
                    break;
                case "method":
                    int paren = rest.IndexOf('(');
                    if (paren > 0)
                    {
                        Add(type, LastWord(StripGenericSuffix(rest.Substring(0, paren))), ParseOverload(rest));
                    }
                    break;
                case "property":
                    int brace = rest.IndexOf(" {", StringComparison.Ordinal);
                    string head = brace > 0 ? rest.Substring(0, brace) : rest;
                    Add(type, head.EndsWith(']') ? "this[]" : LastWord(head), null);
                    break;
                case "const":
                case "value":
                    int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
                    Add(type, LastWord(equals > 0 ? rest.Substring(0, equals) : rest), null);
                    break;
                case "field":
                case "event":
                    Add(type, LastWord(rest), null);
                    break;
                case "nested":
                    string nested = LastWord(rest);
                    Add(type, nested.Substring(nested.LastIndexOf('.') + 1), null);
                    break;
            }
        }

        private static void Add(ApiType type, string name, ApiOverload? overload)
        {
            if (!type.Members.TryGetValue(name, out List<ApiOverload>? overloads))
            {
                overloads = new List<ApiOverload>();
                type.Members.Add(name, overloads);
            }
            if (overload != null)
            {
                overloads.Add(overload);
            }
        }

        private static ApiOverload ParseOverload(string signature)
        {
            int open = signature.IndexOf('(');
            int close = signature.LastIndexOf(')');
            string inside = open >= 0 && close > open ? signature.Substring(open + 1, close - open - 1) : "";
            var types = new List<string>();
            int required = 0;
            bool lastIsParams = false;
            foreach (string raw in SplitTopLevel(inside))
            {
                string parameter = raw.Trim();
                if (parameter.Length == 0)
                {
                    continue;
                }
                int equals = TopLevelIndexOf(parameter, " = ");
                bool optional = equals >= 0;
                if (optional)
                {
                    parameter = parameter.Substring(0, equals);
                }
                List<string> words = parameter.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                lastIsParams = words.Count > 0 && words[0] == "params";
                while (words.Count > 2 && ParameterModifiers.Contains(words[0]))
                {
                    words.RemoveAt(0);
                }
                types.Add(string.Concat(words.Take(words.Count - 1)));
                if (!optional && !lastIsParams)
                {
                    required = types.Count;
                }
            }
            return new ApiOverload(types.ToArray(), required, lastIsParams, signature);
        }

        /// <summary>"Action&lt;T1, T2&gt;" → "Action`2"; other names unchanged.</summary>
        internal static string NormalizeTypeName(string name)
        {
            int lt = name.IndexOf('<');
            if (lt < 0)
            {
                return name.Trim();
            }
            int arity = name.Substring(lt).Count(c => c == ',') + 1;
            return name.Substring(0, lt).Trim() + "`" + arity;
        }

        private static string StripGenericSuffix(string text)
        {
            text = text.TrimEnd();
            if (!text.EndsWith('>'))
            {
                return text;
            }
            int depth = 0;
            for (int i = text.Length - 1; i >= 0; i--)
            {
                depth += text[i] == '>' ? 1 : text[i] == '<' ? -1 : 0;
                if (depth == 0)
                {
                    return text.Substring(0, i);
                }
            }
            return text;
        }

        private static string LastWord(string text)
        {
            string trimmed = text.Trim();
            return trimmed.Substring(trimmed.LastIndexOf(' ') + 1);
        }

        private static string StripAttributes(string text)
        {
            text = text.TrimStart();
            while (text.StartsWith('['))
            {
                int depth = 0;
                bool quoted = false;
                int i = 0;
                for (; i < text.Length; i++)
                {
                    char c = text[i];
                    if (c == '"')
                    {
                        quoted = !quoted;
                    }
                    else if (!quoted && c == '[')
                    {
                        depth++;
                    }
                    else if (!quoted && c == ']' && --depth == 0)
                    {
                        break;
                    }
                }
                text = text.Substring(Math.Min(i + 1, text.Length)).TrimStart();
            }
            return text;
        }

        private static List<string> SplitTopLevel(string text)
        {
            var parts = new List<string>();
            int depth = 0;
            bool quoted = false;
            int start = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '"' || c == '\'')
                {
                    quoted = !quoted;
                }
                else if (!quoted && (c == '<' || c == '(' || c == '['))
                {
                    depth++;
                }
                else if (!quoted && (c == '>' || c == ')' || c == ']'))
                {
                    depth--;
                }
                else if (!quoted && depth == 0 && c == ',')
                {
                    parts.Add(text.Substring(start, i - start));
                    start = i + 1;
                }
            }
            parts.Add(text.Substring(start));
            return parts;
        }

        private static int TopLevelIndexOf(string text, string token)
        {
            int depth = 0;
            for (int i = 0; i + token.Length <= text.Length; i++)
            {
                char c = text[i];
                depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
                if (depth == 0 && string.CompareOrdinal(text, i, token, 0, token.Length) == 0)
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
