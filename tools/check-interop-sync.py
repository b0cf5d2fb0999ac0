#!/usr/bin/env python3
"""Checks that the three sides of the device engine binding agree:

  Permut8.Nano/Interop/EngineNative.cs                   the C# InternalCall declarations
  engine/include/permut8_engine.h (+ engine/port/esp32/p8_esp32.h for the device-only calls)
  engine/port/esp32/Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.cpp   the native user functions

Rules (also in EngineNative.cs): extern Name -> p8_snake_name in the contract header, else p8_esp32_snake_name in
the port header; every contract function has exactly one extern, in header order; C# int <-> int32_t, short[] <->
int16_t*, int[] <-> int32_t*, byte[] <-> uint8_t*, string <-> const char*; an int32_t `capacity` right after a
pointer is the array's length and has no C# parameter; no ref/out, no other types. The .cpp must define each
user function with the generator's native types (int -> signed int, short[] -> CLR_RT_TypedArray_INT16, int[] ->
CLR_RT_TypedArray_INT32, byte[] -> CLR_RT_TypedArray_UINT8, string -> const char*, then HRESULT &hr) and call
the mapped C function (or its p8_esp32_ device variant).

Usage: tools/check-interop-sync.py [repo-root]   exit 0 = in sync
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
CS = ROOT / "Permut8.Nano/Interop/EngineNative.cs"
HEADER = ROOT / "engine/include/permut8_engine.h"
PORT = ROOT / "engine/port/esp32/p8_esp32.h"
CPP = ROOT / "engine/port/esp32/Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.cpp"

CS_TYPES = {"int", "short[]", "int[]", "byte[]", "string"}
NATIVE = {"int": "signed int", "short[]": "CLR_RT_TypedArray_INT16", "int[]": "CLR_RT_TypedArray_INT32",
          "byte[]": "CLR_RT_TypedArray_UINT8", "string": "const char *"}
problems = []


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def parse_cs():
    text = strip_comments(CS.read_text(encoding="utf-8"))
    externs = []
    for m in re.finditer(r"\[MethodImpl\(MethodImplOptions\.InternalCall\)\]\s*public\s+static\s+extern\s+(\w+)\s+(\w+)\s*\(([^)]*)\)\s*;", text):
        ret, name, params = m.group(1), m.group(2), m.group(3).strip()
        types = []
        if params:
            for p in params.split(","):
                parts = p.split()
                if parts[0] in ("ref", "out", "in", "params"):
                    problems.append(f"EngineNative.{name}: '{parts[0]}' parameter (the generated marshalling never copies back)")
                    parts = parts[1:]
                types.append(parts[0])
        if ret != "int":
            problems.append(f"EngineNative.{name}: returns {ret}, every engine call returns int")
        for t in types:
            if t not in CS_TYPES:
                problems.append(f"EngineNative.{name}: parameter type {t} cannot cross the interop boundary")
        externs.append((name, types))
    all_methods = re.findall(r"\b(?:public|private|internal|protected)\s+static\s+(?!extern)\w[\w\[\]]*\s+\w+\s*\(", text)
    if all_methods:
        problems.append("EngineNative.cs: non-extern methods change the native checksum and table: keep them out")
    return externs


def c_param_type(decl: str) -> str:
    d = " ".join(decl.replace("*", " * ").split())
    if d.startswith("int32_t *") or d.startswith("const int32_t *"):
        return "int[]"
    if d.startswith("int16_t *") or d.startswith("const int16_t *"):
        return "short[]"
    if d.startswith("uint8_t *") or d.startswith("const uint8_t *"):
        return "byte[]"
    if d.startswith("const char *"):
        return "string"
    if d.startswith("int32_t "):
        return "int"
    return "?" + d


def parse_c(path: pathlib.Path, prefix_re: str):
    text = strip_comments(path.read_text(encoding="utf-8"))
    funcs = []
    for m in re.finditer(prefix_re + r"int32_t\s+(p8_\w+)\s*\(([^)]*)\)\s*;", text):
        name, params = m.group(1), " ".join(m.group(2).split())
        decls = [] if params in ("", "void") else [p.strip() for p in params.split(",")]
        types, i = [], 0
        while i < len(decls):
            t = c_param_type(decls[i])
            if t.startswith("?"):
                problems.append(f"{path.name}: {name}: parameter '{decls[i]}' has no interop mapping")
            types.append(t)
            if t.endswith("[]") and i + 1 < len(decls) and decls[i + 1].split()[-1] == "capacity":
                i += 1  # the array's own length
            i += 1
        funcs.append((name, types))
    return funcs


def main() -> int:
    externs = parse_cs()
    contract = parse_c(HEADER, r"P8_API\s+")
    port = [f for f in parse_c(PORT, r"(?:^|\n)\s*") if f[0].startswith("p8_esp32_")]
    contract_names = {n: t for n, t in contract}
    port_names = {n: t for n, t in port}
    cpp = strip_comments(CPP.read_text(encoding="utf-8"))

    mapped_contract = []
    for name, types in externs:
        c_name = "p8_" + snake(name)
        if c_name in contract_names:
            mapped_contract.append(c_name)
            expected = contract_names[c_name]
        elif "p8_esp32_" + snake(name) in port_names:
            c_name = "p8_esp32_" + snake(name)
            expected = port_names[c_name]
        else:
            problems.append(f"EngineNative.{name}: no {c_name} in permut8_engine.h nor p8_esp32_{snake(name)} in p8_esp32.h")
            continue
        if types != expected:
            problems.append(f"EngineNative.{name}({', '.join(types)}) does not match {c_name}({', '.join(expected)})")
        # the native user function
        m = re.search(r"signed\s+int\s+EngineNative::" + name + r"\s*\(([^)]*)\)\s*\{(.*?)\n\}", cpp, flags=re.S)
        if not m:
            problems.append(f"{CPP.name}: no definition 'signed int EngineNative::{name}(...)'")
            continue
        params = [" ".join(p.replace("*", " * ").split()) for p in m.group(1).split(",")]
        want = [NATIVE[t] for t in types] + ["HRESULT &hr"]
        got = [" ".join(p.split()[:-1]) if not p.startswith("HRESULT") else "HRESULT &hr" for p in params]
        want_norm = [" ".join(w.replace("*", " * ").split()) for w in want]
        if [g.replace("& ", "&") for g in got] != [w.replace("& ", "&") for w in want_norm]:
            problems.append(f"{CPP.name}: EngineNative::{name}({', '.join(got)}) should take ({', '.join(want_norm)})")
        device_variant = "p8_esp32_" + c_name[len("p8_"):]
        if not re.search(r"\b(" + re.escape(c_name) + "|" + re.escape(device_variant) + r")\s*\(", m.group(2)):
            problems.append(f"{CPP.name}: EngineNative::{name} does not call {c_name}")

    missing = [n for n, _ in contract if n not in mapped_contract]
    for n in missing:
        problems.append(f"permut8_engine.h: {n} has no EngineNative extern")
    order = [n for n in mapped_contract]
    if order != [n for n, _ in contract if n in order]:
        problems.append("EngineNative.cs: externs are not in permut8_engine.h order")
    defined = set(re.findall(r"EngineNative::(\w+)\s*\(", cpp))
    for extra in sorted(defined - {n for n, _ in externs}):
        problems.append(f"{CPP.name}: EngineNative::{extra} has no extern in EngineNative.cs")

    for p in problems:
        print("check-interop-sync: " + p)
    print(f"check-interop-sync: {len(externs)} externs, {len(contract)} contract functions, "
          f"{len(port)} device functions, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
