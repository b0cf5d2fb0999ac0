using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NanoLint
{
    /// <summary>
    /// The language-level rules of nanoFramework v1 (DESIGN.md §6), checked on syntax alone. The semantic model is
    /// used only to tell `int?` from `string?` and a `dynamic` keyword from a type named so.
    /// </summary>
    internal sealed class SyntaxRules : CSharpSyntaxWalker
    {
        private static readonly string[] ForbiddenNamespaces = { "System.Linq", "System.Collections.Generic" };

        private readonly SemanticModel _model;
        private readonly Action<SyntaxNodeOrToken, string, string> _report;

        public SyntaxRules(SemanticModel model, Action<SyntaxNodeOrToken, string, string> report)
            : base(SyntaxWalkerDepth.Token)
        {
            _model = model;
            _report = report;
        }

        public override void VisitTypeParameterList(TypeParameterListSyntax node)
        {
            _report(node, Codes.Generics, "generic declaration " + node.Parent switch
            {
                BaseTypeDeclarationSyntax t => t.Identifier.Text,
                MethodDeclarationSyntax m => m.Identifier.Text,
                DelegateDeclarationSyntax d => d.Identifier.Text,
                LocalFunctionStatementSyntax f => f.Identifier.Text,
                _ => "",
            } + node + ": generics fail at run time on nanoFramework v1");
            base.VisitTypeParameterList(node);
        }

        public override void VisitGenericName(GenericNameSyntax node)
        {
            _report(node, Codes.Generics, $"generic name {node}: nanoFramework v1 has no generics (use arrays, ArrayList, non-generic delegates)");
            base.VisitGenericName(node);
        }

        public override void VisitQualifiedName(QualifiedNameSyntax node)
        {
            CheckNamespace(node);
            base.VisitQualifiedName(node);
        }

        public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            CheckNamespace(node);
            base.VisitMemberAccessExpression(node);
        }

        private void CheckNamespace(SyntaxNode node)
        {
            string text = node.ToString().Replace(" ", "", StringComparison.Ordinal);
            if (Array.IndexOf(ForbiddenNamespaces, text) >= 0)
            {
                _report(node, Codes.ForbiddenNamespace, $"namespace {text} does not exist on nanoFramework v1");
            }
        }

        public override void VisitToken(SyntaxToken token)
        {
            if (token.IsKind(SyntaxKind.AsyncKeyword) && token.Parent is not IdentifierNameSyntax)
            {
                _report(token, Codes.Async, "async: nanoFramework v1 has no Task/async (use a Thread)");
            }
            else if (token.IsKind(SyntaxKind.AwaitKeyword))
            {
                _report(token, Codes.Async, "await: nanoFramework v1 has no Task/async (use a Thread)");
            }
            else if (token.IsKind(SyntaxKind.NumericLiteralToken) && token.Value is decimal)
            {
                _report(token, Codes.Decimal, "decimal literal: nanoFramework v1 has no decimal");
            }
            base.VisitToken(token);
        }

        public override void VisitYieldStatement(YieldStatementSyntax node)
        {
            _report(node, Codes.Yield, "yield iterator: not supported on nanoFramework v1 (return an array or IEnumerator class)");
            base.VisitYieldStatement(node);
        }

        public override void VisitTupleType(TupleTypeSyntax node)
        {
            _report(node, Codes.Tuple, $"tuple type {node}: nanoFramework v1 has no ValueTuple (use a small class or out parameters)");
            base.VisitTupleType(node);
        }

        public override void VisitTupleExpression(TupleExpressionSyntax node)
        {
            _report(node, Codes.Tuple, $"tuple {node}: nanoFramework v1 has no ValueTuple (use a small class or out parameters)");
            base.VisitTupleExpression(node);
        }

        public override void VisitRecordDeclaration(RecordDeclarationSyntax node)
        {
            _report(node.Identifier, Codes.Record, $"record {node.Identifier.Text}: records are not supported on nanoFramework v1 (use a class)");
            base.VisitRecordDeclaration(node);
        }

        public override void VisitPredefinedType(PredefinedTypeSyntax node)
        {
            if (node.Keyword.IsKind(SyntaxKind.DecimalKeyword))
            {
                _report(node, Codes.Decimal, "decimal: nanoFramework v1 has no decimal (use double or scaled integers)");
            }
            base.VisitPredefinedType(node);
        }

        public override void VisitNullableType(NullableTypeSyntax node)
        {
            ITypeSymbol? element = _model.GetTypeInfo(node.ElementType).Type;
            bool valueType = node.ElementType is PredefinedTypeSyntax p
                ? !p.Keyword.IsKind(SyntaxKind.StringKeyword) && !p.Keyword.IsKind(SyntaxKind.ObjectKeyword)
                : element != null && element.IsValueType;
            if (valueType)
            {
                _report(node, Codes.NullableValueType, $"nullable value type {node}: not supported on nanoFramework v1 (use a flag or a sentinel value)");
            }
            base.VisitNullableType(node);
        }

        public override void VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (node.Identifier.Text == "dynamic" && _model.GetTypeInfo(node).Type?.TypeKind == TypeKind.Dynamic)
            {
                _report(node, Codes.Dynamic, "dynamic: not supported on nanoFramework v1");
            }
            base.VisitIdentifierName(node);
        }

        public override void VisitArrayRankSpecifier(ArrayRankSpecifierSyntax node)
        {
            if (node.Rank > 1)
            {
                _report(node, Codes.MultiDimensionalArray, $"multidimensional array {node}: not supported on nanoFramework v1 (use a flat or jagged array)");
            }
            base.VisitArrayRankSpecifier(node);
        }
    }
}
