#
# FindINTEROP-Permut8.Nano.Interop.cmake — builds the Permut8 engine into a custom nanoCLR image as the native
# part of the interop assembly Permut8.Nano.Interop. Hand-written (it replaces the module the stub generator
# emits); copy it to <nf-interpreter>/CMake/Modules/ and configure with
#
#   cmake --preset=ESP32_PSRAM_REV3 -DCMAKE_BUILD_TYPE=MinSizeRel \
#         -DNF_INTEROP_ASSEMBLIES=Permut8.Nano.Interop -DPERMUT8_ROOT=/path/to/Permut8.Nano
#
# Sources, in three groups:
#   generated  the DO-NOT-EDIT stubs, copied from Permut8.Nano/Interop/Stubs/Permut8.Nano.Interop/ to
#              <nf-interpreter>/InteropAssemblies/Permut8.Nano.Interop/ after every signature change
#   glue       engine/port/esp32: the EngineNative user functions (our file, used in place, never copied, so a
#              stub regeneration cannot overwrite it), the audio task and the allocator hook
#   engine     engine/src/**/*.c — the same portable C the desktop builds and tests
#
if(NOT PERMUT8_ROOT)
    set(PERMUT8_ROOT $ENV{PERMUT8_ROOT})
endif()
if(NOT PERMUT8_ROOT OR NOT EXISTS "${PERMUT8_ROOT}/engine/include/permut8_engine.h")
    message(FATAL_ERROR "Permut8.Nano.Interop: set -DPERMUT8_ROOT=<path to the Permut8.Nano checkout> (engine/include/permut8_engine.h not found under '${PERMUT8_ROOT}')")
endif()

# generated stubs
set(BASE_PATH_FOR_THIS_MODULE ${PROJECT_SOURCE_DIR}/InteropAssemblies/Permut8.Nano.Interop)
set(PERMUT8_PORT ${PERMUT8_ROOT}/engine/port/esp32)

list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Core)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Include)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/HAL/Include)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/PAL/Include)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${BASE_PATH_FOR_THIS_MODULE})
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PERMUT8_ROOT}/engine/include)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PERMUT8_ROOT}/engine/src)
list(APPEND Permut8.Nano.Interop_INCLUDE_DIRS ${PERMUT8_PORT})

# generated files (names fixed by the stub generator: assembly Permut8.Nano.Interop, class EngineNative)
set(Permut8.Nano.Interop_SRCS
    Permut8_Nano_Interop.cpp
    Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative_mshl.cpp
)
foreach(SRC_FILE ${Permut8.Nano.Interop_SRCS})
    if(NOT EXISTS "${BASE_PATH_FOR_THIS_MODULE}/${SRC_FILE}")
        message(FATAL_ERROR "Permut8.Nano.Interop: ${BASE_PATH_FOR_THIS_MODULE}/${SRC_FILE} missing: copy the generated stubs (engine/port/esp32/README.md)")
    endif()
    list(APPEND Permut8.Nano.Interop_SOURCES ${BASE_PATH_FOR_THIS_MODULE}/${SRC_FILE})
endforeach()

# hand-written glue, used in place
list(APPEND Permut8.Nano.Interop_SOURCES ${PERMUT8_PORT}/Permut8_Nano_Interop_Permut8_Nano_Interop_EngineNative.cpp)
list(APPEND Permut8.Nano.Interop_SOURCES ${PERMUT8_PORT}/p8_esp32_audio.c)
list(APPEND Permut8.Nano.Interop_SOURCES ${PERMUT8_PORT}/p8_esp32_alloc.c)

# the engine
file(GLOB_RECURSE PERMUT8_ENGINE_SOURCES CONFIGURE_DEPENDS ${PERMUT8_ROOT}/engine/src/*.c)
list(APPEND Permut8.Nano.Interop_SOURCES ${PERMUT8_ENGINE_SOURCES})

include(FindPackageHandleStandardArgs)

FIND_PACKAGE_HANDLE_STANDARD_ARGS(Permut8.Nano.Interop DEFAULT_MSG Permut8.Nano.Interop_INCLUDE_DIRS Permut8.Nano.Interop_SOURCES)
