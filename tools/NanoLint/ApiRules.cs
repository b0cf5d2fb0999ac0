using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoLint
{
    /// <summary>
    /// Flags uses of System.* types and members that nano-api-v1.txt does not list. The sources are bound against
    /// .NET's reference assemblies: a symbol that resolves to a System.* type from metadata is looked up in the list
    /// (type, member name, then overload); names that .NET lacks (nanoFramework.*, System.Device.*) are looked up
    /// by text. When in doubt (unresolved, generic, uncovered package) nothing is reported.
    /// </summary>
    internal sealed class ApiRules : CSharpSyntaxWalker
    {
        // Namespaces and types of nanoFramework packages the API list does not cover (it says so in its header).
        private static readonly string[] UncoveredNamespaces = { "System.Text", "System.Net", "System.Device", "System.IO.Ports" };

        private static readonly HashSet<string> UncoveredTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "System.Collections.Hashtable", "System.Collections.Queue", "System.Collections.Stack",
            "System.Collections.DictionaryEntry", "System.Collections.IDictionary", "System.Collections.IDictionaryEnumerator",
            "System.IO.Stream", "System.IO.MemoryStream", "System.IO.SeekOrigin", "System.IO.File", "System.IO.FileStream",
            "System.IO.Directory", "System.IO.Path", "System.IO.FileMode", "System.IO.FileAccess", "System.IO.FileShare",
            "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.TextReader", "System.IO.TextWriter",
        };

        private static readonly SymbolDisplayFormat ListStyle = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

        private static readonly Dictionary<string, SpecialType> Keywords = new Dictionary<string, SpecialType>
        {
            ["bool"] = SpecialType.System_Boolean, ["byte"] = SpecialType.System_Byte, ["sbyte"] = SpecialType.System_SByte,
            ["char"] = SpecialType.System_Char, ["short"] = SpecialType.System_Int16, ["ushort"] = SpecialType.System_UInt16,
            ["int"] = SpecialType.System_Int32, ["uint"] = SpecialType.System_UInt32, ["long"] = SpecialType.System_Int64,
            ["ulong"] = SpecialType.System_UInt64, ["float"] = SpecialType.System_Single, ["double"] = SpecialType.System_Double,
            ["string"] = SpecialType.System_String, ["object"] = SpecialType.System_Object, ["decimal"] = SpecialType.System_Decimal,
        };

        private readonly SemanticModel _model;
        private readonly ApiList _api;
        private readonly Action<SyntaxNodeOrToken, string, string> _report;

        public ApiRules(SemanticModel model, ApiList api, Action<SyntaxNodeOrToken, string, string> report)
        {
            _model = model;
            _api = api;
            _report = report;
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (!node.IsVar && _model.GetSymbolInfo(node).Symbol is INamedTypeSymbol type && IsCheckedSystemType(type) && FindListed(type) == null)
            {
                _report(node, Codes.MissingApi, $"type {type.ContainingNamespace}.{NestedName(type)} is not in nanoFramework v1 (nano-api-v1.txt)");
            }
            base.VisitIdentifierName(node);
        }

        public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            ISymbol? member = _model.GetSymbolInfo(node).Symbol;
            ArgumentListSyntax? arguments = (node.Parent as InvocationExpressionSyntax)?.ArgumentList;
            if (member == null)
            {
                CheckByText(node);
            }
            else if (member is IMethodSymbol || member is IPropertySymbol || member is IFieldSymbol || member is IEventSymbol)
            {
                bool receiverIsTheType = SymbolEqualityComparer.Default.Equals(_model.GetSymbolInfo(node.Expression).Symbol, member.ContainingType);
                CheckMember(node.Name, member, arguments, reportMissingType: !receiverIsTheType,
                    member.IsStatic ? null : _model.GetTypeInfo(node.Expression).Type as INamedTypeSymbol);
            }
            base.VisitMemberAccessExpression(node);
        }

        public override void VisitObjectCreationExpression(ObjectCreationExpressionSyntax node)
        {
            if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol constructor)
            {
                CheckMember(node.Type, constructor, node.ArgumentList, reportMissingType: false);
            }
            base.VisitObjectCreationExpression(node);
        }

        public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
        {
            if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol constructor)
            {
                CheckMember(node, constructor, node.ArgumentList, reportMissingType: true);
            }
            base.VisitImplicitObjectCreationExpression(node);
        }

        public override void VisitConstructorInitializer(ConstructorInitializerSyntax node)
        {
            if (_model.GetSymbolInfo(node).Symbol is IMethodSymbol constructor)
            {
                CheckMember(node, constructor, node.ArgumentList, reportMissingType: false);
            }
            base.VisitConstructorInitializer(node);
        }

        private void CheckMember(SyntaxNode location, ISymbol member, ArgumentListSyntax? arguments, bool reportMissingType, INamedTypeSymbol? receiver = null)
        {
            INamedTypeSymbol type = member.ContainingType;
            if (!IsCheckedSystemType(type) || (type.TypeKind == TypeKind.Delegate && member.Name == "Invoke"))
            {
                return;
            }
            string typeName = NestedName(type);
            // .NET may declare the member on a type nano lacks (AutoResetEvent.Set lives on EventWaitHandle), so the
            // receiver's nearest listed type counts as an owner too.
            var owners = new List<ApiType>();
            for (INamedTypeSymbol? t = receiver; t != null; t = t.BaseType)
            {
                if (IsCheckedSystemType(t) && FindListed(t) is ApiType viaReceiver)
                {
                    owners.Add(viaReceiver);
                    break;
                }
            }
            if (FindListed(type) is ApiType declaring)
            {
                owners.Add(declaring);
            }
            if (owners.Count == 0)
            {
                if (reportMissingType)
                {
                    _report(location, Codes.MissingApi, $"{typeName}.{member.Name}: type {type.ContainingNamespace}.{typeName} is not in nanoFramework v1 (nano-api-v1.txt)");
                }
                return;
            }
            var method = member as IMethodSymbol;
            bool constructor = method?.MethodKind == MethodKind.Constructor;
            if (member is IPropertySymbol { IsIndexer: true } || (constructor && type.IsValueType && method!.Parameters.Length == 0))
            {
                return;
            }
            string name = constructor ? ".ctor" : member.Name;
            List<ApiOverload> overloads = owners.SelectMany(o => _api.Overloads(o, name)).Distinct().ToList();
            if (!constructor && !owners.Any(o => _api.HasMember(o, name)))
            {
                _report(location, Codes.MissingApi, $"{typeName}.{member.Name} is not in nanoFramework v1 (nano-api-v1.txt)");
                return;
            }
            if (method == null || arguments == null || method.MethodKind == MethodKind.ReducedExtension)
            {
                return;
            }
            string[] resolved = method.Parameters.Select(p => p.Type.ToDisplayString(ListStyle).Replace(" ", "", StringComparison.Ordinal)).ToArray();
            if (overloads.Any(o => o.ParameterTypes.SequenceEqual(resolved)) || overloads.Any(o => Applicable(o, arguments)))
            {
                return;
            }
            string shown = constructor ? typeName : typeName + "." + member.Name;
            string argumentTypes = string.Join(", ", arguments.Arguments.Select(a => _model.GetTypeInfo(a.Expression).Type?.ToDisplayString(ListStyle) ?? "?"));
            string available = overloads.Count == 0 ? "none" : string.Join("; ", overloads.Take(4).Select(o => "(" + string.Join(", ", o.ParameterTypes) + ")"));
            _report(location, Codes.MissingApi, $"no nanoFramework v1 overload of {shown} takes ({argumentTypes}); v1 has: {available}");
        }

        // nano-only names (nanoFramework.*, System.Device.*) do not resolve on .NET: check "Type.Member" by text.
        private void CheckByText(MemberAccessExpressionSyntax node)
        {
            ExpressionSyntax receiver = node.Expression;
            string? typeName = _model.GetTypeInfo(receiver).Type is IErrorTypeSymbol error && error.Name.Length > 0 ? error.Name : null;
            if (typeName == null && _model.GetSymbolInfo(receiver).Symbol == null)
            {
                typeName = receiver switch
                {
                    IdentifierNameSyntax id => id.Identifier.Text,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.Text,
                    _ => null,
                };
            }
            if (typeName == null)
            {
                return;
            }
            List<ApiType> candidates = _api.FindBySimpleName(typeName).Where(t => !ResolvesOnDotNet(t)).ToList();
            string member = node.Name.Identifier.Text;
            if (candidates.Count > 0 && !candidates.Any(t => _api.HasMember(t, member)))
            {
                _report(node.Name, Codes.MissingApi, $"{typeName}.{member} is not in nanoFramework v1 (nano-api-v1.txt)");
            }
        }

        private bool ResolvesOnDotNet(ApiType type) =>
            _model.Compilation.GetTypeByMetadataName(type.Namespace + "." + type.Name.Replace('.', '+')) != null;

        // Could nano's overload take these arguments? Only conversions that keep the value's meaning count:
        // identity, reference, boxing, constants, lambdas; a numeric widening (int → long) would pick another overload.
        private bool Applicable(ApiOverload overload, ArgumentListSyntax arguments)
        {
            string[] parameters = overload.ParameterTypes;
            int count = arguments.Arguments.Count;
            bool normal = count <= parameters.Length && count >= overload.RequiredCount &&
                Enumerable.Range(0, count).All(i => Converts(arguments.Arguments[i], parameters[i]));
            if (normal || !overload.LastIsParams || count < parameters.Length - 1)
            {
                return normal;
            }
            string last = parameters[parameters.Length - 1];
            string element = last.EndsWith("[]", StringComparison.Ordinal) ? last.Substring(0, last.Length - 2) : last;
            return Enumerable.Range(0, count).All(i => Converts(arguments.Arguments[i], i < parameters.Length - 1 ? parameters[i] : element));
        }

        private bool Converts(ArgumentSyntax argument, string listedType)
        {
            ITypeSymbol? target = Resolve(listedType);
            if (target == null)
            {
                return true; // a nano-only or generic type: cannot judge here
            }
            if (!argument.RefKindKeyword.IsKind(SyntaxKind.None))
            {
                ITypeSymbol? actual = _model.GetTypeInfo(argument.Expression).Type;
                return actual == null || SymbolEqualityComparer.Default.Equals(actual, target);
            }
            Conversion conversion = _model.ClassifyConversion(argument.Expression, target);
            return conversion.IsIdentity || (conversion.IsImplicit && (conversion.IsReference || conversion.IsBoxing ||
                conversion.IsNullLiteral || conversion.IsDefaultLiteral || conversion.IsUserDefined || conversion.IsConstantExpression ||
                conversion.IsAnonymousFunction || conversion.IsMethodGroup));
        }

        private ITypeSymbol? Resolve(string listedType)
        {
            Compilation compilation = _model.Compilation;
            if (listedType.EndsWith("[]", StringComparison.Ordinal))
            {
                ITypeSymbol? element = Resolve(listedType.Substring(0, listedType.Length - 2));
                return element == null ? null : compilation.CreateArrayTypeSymbol(element);
            }
            if (Keywords.TryGetValue(listedType, out SpecialType special))
            {
                return compilation.GetSpecialType(special);
            }
            foreach (ApiType type in _api.FindBySimpleName(listedType))
            {
                INamedTypeSymbol? symbol = compilation.GetTypeByMetadataName(type.Namespace + "." + type.Name.Replace('.', '+'));
                if (symbol != null)
                {
                    return symbol;
                }
            }
            return null;
        }

        private ApiType? FindListed(INamedTypeSymbol type) => _api.Find(type.ContainingNamespace.ToDisplayString(), NestedName(type));

        private static bool IsCheckedSystemType(INamedTypeSymbol? type)
        {
            if (type == null || type.IsGenericType || type.TypeKind == TypeKind.Error || type.Locations.Any(l => l.IsInSource))
            {
                return false;
            }
            for (INamedTypeSymbol? outer = type.ContainingType; outer != null; outer = outer.ContainingType)
            {
                if (outer.IsGenericType)
                {
                    return false;
                }
            }
            string ns = type.ContainingNamespace.ToDisplayString();
            if (ns != "System" && !ns.StartsWith("System.", StringComparison.Ordinal))
            {
                return false;
            }
            return !UncoveredNamespaces.Any(u => ns == u || ns.StartsWith(u + ".", StringComparison.Ordinal)) &&
                !UncoveredTypes.Contains(ns + "." + type.Name);
        }

        private static string NestedName(INamedTypeSymbol type) =>
            type.ContainingType == null ? type.Name : NestedName(type.ContainingType) + "." + type.Name;
    }
}
