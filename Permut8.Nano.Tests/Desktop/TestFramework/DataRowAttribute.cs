using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using Mst = Microsoft.VisualStudio.TestTools.UnitTesting;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// One row of arguments for a test method. When a method has rows, only the rows run (as on nano).
    /// Arguments reach the method unconverted, so each must have the parameter's exact type.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public class DataRowAttribute : Attribute, Mst.ITestDataSource
    {
        public DataRowAttribute(params object[] methodParameters)
        {
            if (methodParameters == null || methodParameters.Length == 0)
            {
                throw new ArgumentException("DataRow needs at least one value.", nameof(methodParameters));
            }
            MethodParameters = methodParameters;
        }

        public object[] MethodParameters { get; }

        IEnumerable<object?[]> Mst.ITestDataSource.GetData(MethodInfo methodInfo) => new[] { MethodParameters };

        string? Mst.ITestDataSource.GetDisplayName(MethodInfo methodInfo, object?[]? data) =>
            data == null ? methodInfo.Name : methodInfo.Name + " (" + string.Join(", ", Array.ConvertAll(data, Format)) + ")";

        private static string Format(object? value) => value switch
        {
            null => "null",
            string s => "\"" + s + "\"",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };

        /// <summary>Null when the row fits the method exactly, else why not (nano passes values without conversion).</summary>
        internal static string? CheckExactTypes(MethodInfo method, object?[]? arguments)
        {
            ParameterInfo[] parameters = method.GetParameters();
            int count = arguments?.Length ?? 0;
            if (count != parameters.Length)
            {
                return $"DataRow has {count} values but {method.Name} takes {parameters.Length} parameters.";
            }
            for (int i = 0; i < count; i++)
            {
                object? value = arguments![i];
                Type wanted = parameters[i].ParameterType;
                bool fits = value == null ? !wanted.IsValueType : value.GetType() == wanted || (!wanted.IsValueType && wanted.IsInstanceOfType(value));
                if (!fits)
                {
                    string actual = value == null ? "null" : value.GetType().Name;
                    return $"DataRow value {i} of {method.Name} is {actual} but the parameter is {wanted.Name}; " +
                        "nanoFramework does not convert DataRow values, write a literal of the exact type.";
                }
            }
            return null;
        }
    }
}
