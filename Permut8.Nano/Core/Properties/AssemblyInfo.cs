using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Permut8.Nano.Core")]
[assembly: AssemblyDescription("Hardware-free control plane and engine facade (runs on nanoFramework and .NET)")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("")]
[assembly: AssemblyProduct("Permut8.Nano")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]

[assembly: ComVisible(false)]

[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
