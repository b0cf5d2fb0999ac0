using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Permut8.Nano.Interop")]
[assembly: AssemblyDescription("InternalCall binding of the Permut8 engine (native part: engine/port/esp32)")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("")]
[assembly: AssemblyProduct("Permut8.Nano")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]

[assembly: ComVisible(false)]

[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

// Copied into the native assembly table of the custom nanoCLR image. Bump it whenever EngineNative changes
// (any method added, removed, reordered or re-typed), together with regenerating the stubs.
[assembly: AssemblyNativeVersion("1.0.0.0")]
