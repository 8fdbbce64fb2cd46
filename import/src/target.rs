//! What the headers are compiled for: the [`Target`] (a Rust target triple: the platform macros,
//! the data model of `long` and pointers, whether `char` is signed) and the [`Language`] of each
//! header (C, C++, Objective-C), which decide what the preprocessor predefines and how constant
//! expressions are typed.

use std::fmt;
use std::str::FromStr;

use super::options::InvalidOption;

/// A target, as a Rust target triple (`x86_64-unknown-linux-gnu`, `aarch64-apple-ios`,
/// `aarch64-linux-android`, `x86_64-pc-windows-msvc`, ...): the platform the headers are read
/// for. It decides the platform macros the compiler predefines (`__linux__`, `__APPLE__`,
/// `__ANDROID__`, `_WIN32`, `__aarch64__`, ...; on Apple platforms also the `TARGET_OS_*` macros
/// of `<TargetConditionals.h>`), the width of `long` and of pointers (LP64, or LLP64 on
/// Windows, ILP32 on 32-bit targets), and whether plain `char` is signed.
///
/// [`Target::default`] is the platform the importer itself was built for; a build script gets
/// Cargo's `TARGET` ([`Target::from_cargo`]).
///
/// ```
/// use rtc_codes_import::Target;
///
/// let windows: Target = "x86_64-pc-windows-msvc".parse()?;
/// assert_eq!(windows.long_bits(), 32);
/// let ios: Target = "aarch64-apple-ios".parse()?;
/// assert_eq!((ios.long_bits(), ios.pointer_bits()), (64, 64));
/// assert!("sparc-acme-plan9".parse::<Target>().is_err());
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Target {
    triple: String,
    arch: Arch,
    os: Platform,
    msvc: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Arch {
    X86,
    X86_64,
    Arm,
    Aarch64,
    Riscv32,
    Riscv64,
    Wasm32,
    Wasm64,
    PowerPc,
    PowerPc64,
    Mips,
    Mips64,
    S390x,
    LoongArch64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Platform {
    Linux,
    Android,
    OpenHarmony,
    Windows,
    MacOs,
    Ios,
    TvOs,
    WatchOs,
    VisionOs,
    FreeBsd,
    NetBsd,
    OpenBsd,
    Fuchsia,
    Emscripten,
    Wasi,
    None,
}

impl Target {
    /// The platform of Cargo's `TARGET` (set for build scripts), or `None` outside one.
    #[must_use]
    ///
    /// # Errors
    ///
    /// When `TARGET` names no target this importer knows.
    pub fn from_cargo() -> Option<Result<Target, InvalidOption>> {
        std::env::var("TARGET").ok().map(|triple| triple.parse())
    }

    /// The triple as given.
    #[must_use]
    pub fn triple(&self) -> &str {
        &self.triple
    }

    /// The width of a pointer, `size_t` and `intptr_t`, in bits.
    #[must_use]
    pub fn pointer_bits(&self) -> u32 {
        match self.arch {
            Arch::X86_64
            | Arch::Aarch64
            | Arch::Riscv64
            | Arch::Wasm64
            | Arch::PowerPc64
            | Arch::Mips64
            | Arch::S390x
            | Arch::LoongArch64 => 64,
            _ => 32,
        }
    }

    /// The width of `long`, in bits: 32 on Windows (LLP64) and on 32-bit targets, else 64.
    #[must_use]
    pub fn long_bits(&self) -> u32 {
        if self.os == Platform::Windows {
            32
        } else {
            self.pointer_bits()
        }
    }

    /// Whether plain `char` is signed: unsigned on Arm, PowerPC, RISC-V and s390x Linux and
    /// Android (their ABIs say so), signed on x86 and on Apple and Windows platforms.
    #[must_use]
    pub fn char_is_signed(&self) -> bool {
        let unsigned_abi = matches!(
            self.arch,
            Arch::Arm
                | Arch::Aarch64
                | Arch::PowerPc
                | Arch::PowerPc64
                | Arch::Riscv32
                | Arch::Riscv64
                | Arch::S390x
        );
        !(unsigned_abi && !self.is_apple() && self.os != Platform::Windows)
    }

    /// Whether `wchar_t` is 16 bits (Windows) rather than 32.
    #[must_use]
    pub fn wchar_is_16(&self) -> bool {
        self.os == Platform::Windows
    }

    fn is_apple(&self) -> bool {
        matches!(
            self.os,
            Platform::MacOs
                | Platform::Ios
                | Platform::TvOs
                | Platform::WatchOs
                | Platform::VisionOs
        )
    }

    /// The macros the compiler predefines for this target, as `(name, value)`.
    // A table, by architecture, platform and compiler.
    #[allow(clippy::too_many_lines)]
    pub(crate) fn macros(&self) -> Vec<(&'static str, String)> {
        let mut macros: Vec<(&'static str, String)> = Vec::new();
        let mut set = |names: &[&'static str], value: &str| {
            for name in names {
                macros.push((name, value.to_owned()));
            }
        };
        match self.arch {
            Arch::X86 => set(&["__i386__", "__i386", "i386"], "1"),
            Arch::X86_64 => set(&["__x86_64__", "__x86_64", "__amd64__", "__amd64"], "1"),
            Arch::Arm => set(&["__arm__", "__ARM_ARCH"], "1"),
            Arch::Aarch64 => set(&["__aarch64__", "__arm64__", "__ARM_64BIT_STATE"], "1"),
            Arch::Riscv32 | Arch::Riscv64 => set(&["__riscv"], "1"),
            Arch::Wasm32 => set(&["__wasm__", "__wasm32__"], "1"),
            Arch::Wasm64 => set(&["__wasm__", "__wasm64__"], "1"),
            Arch::PowerPc => set(&["__powerpc__", "__ppc__"], "1"),
            Arch::PowerPc64 => set(&["__powerpc64__", "__ppc64__", "__powerpc__"], "1"),
            Arch::Mips => set(&["__mips__", "__mips"], "1"),
            Arch::Mips64 => set(&["__mips__", "__mips64"], "1"),
            Arch::S390x => set(&["__s390x__", "__s390__"], "1"),
            Arch::LoongArch64 => set(&["__loongarch__", "__loongarch64"], "1"),
        }
        match self.os {
            Platform::Linux => set(
                &[
                    "__linux__",
                    "__linux",
                    "__gnu_linux__",
                    "__unix__",
                    "__unix",
                ],
                "1",
            ),
            Platform::Android => set(
                &["__ANDROID__", "__linux__", "__linux", "__unix__", "__unix"],
                "1",
            ),
            Platform::OpenHarmony => set(
                &["__OHOS__", "__linux__", "__linux", "__unix__", "__unix"],
                "1",
            ),
            Platform::Windows => set(&["_WIN32"], "1"),
            Platform::FreeBsd => set(&["__FreeBSD__", "__unix__", "__unix"], "1"),
            Platform::NetBsd => set(&["__NetBSD__", "__unix__", "__unix"], "1"),
            Platform::OpenBsd => set(&["__OpenBSD__", "__unix__", "__unix"], "1"),
            Platform::Fuchsia => set(&["__Fuchsia__"], "1"),
            Platform::Emscripten => set(&["__EMSCRIPTEN__", "__unix__"], "1"),
            Platform::Wasi => set(&["__wasi__"], "1"),
            Platform::None => {}
            Platform::MacOs
            | Platform::Ios
            | Platform::TvOs
            | Platform::WatchOs
            | Platform::VisionOs => {
                set(&["__APPLE__", "__MACH__"], "1");
            }
        }
        if self.os == Platform::Windows && self.pointer_bits() == 64 {
            set(&["_WIN64"], "1");
        }
        if self.is_apple() {
            // `<TargetConditionals.h>`, which every Apple SDK header gets through Foundation.
            let flag = |on: bool| if on { "1" } else { "0" };
            let embedded = self.os != Platform::MacOs;
            set(&["TARGET_OS_MAC"], "1");
            set(&["TARGET_OS_OSX"], flag(self.os == Platform::MacOs));
            set(&["TARGET_OS_IPHONE"], flag(embedded));
            set(&["TARGET_OS_IOS"], flag(self.os == Platform::Ios));
            set(&["TARGET_OS_TV"], flag(self.os == Platform::TvOs));
            set(&["TARGET_OS_WATCH"], flag(self.os == Platform::WatchOs));
            set(&["TARGET_OS_VISION"], flag(self.os == Platform::VisionOs));
            set(
                &["TARGET_OS_SIMULATOR"],
                flag(self.triple.ends_with("-sim")),
            );
        }
        if self.msvc {
            set(&["_MSC_VER"], "1930");
            match self.arch {
                Arch::X86_64 => set(&["_M_X64", "_M_AMD64"], "100"),
                Arch::Aarch64 => set(&["_M_ARM64"], "1"),
                Arch::X86 => set(&["_M_IX86"], "600"),
                _ => {}
            }
        } else {
            // GCC's and Clang's own macros, which headers test to choose attribute spellings.
            set(&["__GNUC__"], "4");
            set(&["__GNUC_MINOR__"], "2");
            set(&["__CHAR_BIT__"], "8");
            set(&["__SIZEOF_SHORT__"], "2");
            set(&["__SIZEOF_INT__"], "4");
            set(&["__SIZEOF_LONG__"], &(self.long_bits() / 8).to_string());
            set(&["__SIZEOF_LONG_LONG__"], "8");
            set(
                &["__SIZEOF_POINTER__", "__SIZEOF_SIZE_T__"],
                &(self.pointer_bits() / 8).to_string(),
            );
            if self.long_bits() == 64 {
                set(&["__LP64__", "_LP64"], "1");
            }
            if !self.char_is_signed() {
                set(&["__CHAR_UNSIGNED__"], "1");
            }
            if self.os == Platform::Windows {
                set(&["__MINGW32__", "__MINGW64__"], "1");
            }
            if self.is_apple() || self.os == Platform::Android || self.os == Platform::OpenHarmony {
                set(&["__clang__"], "1");
            }
        }
        macros
    }
}

impl Default for Target {
    /// The platform the importer was built for (from Rust's `std::env::consts`).
    fn default() -> Self {
        let arch = std::env::consts::ARCH;
        let triple = match std::env::consts::OS {
            "macos" => format!("{arch}-apple-darwin"),
            "ios" => format!("{arch}-apple-ios"),
            "windows" => format!("{arch}-pc-windows-msvc"),
            "android" => format!("{arch}-linux-android"),
            "freebsd" => format!("{arch}-unknown-freebsd"),
            _ => format!("{arch}-unknown-linux-gnu"),
        };
        triple.parse().unwrap_or_else(|_| Target::linux_x86_64())
    }
}

impl Target {
    fn linux_x86_64() -> Target {
        Target {
            triple: "x86_64-unknown-linux-gnu".to_owned(),
            arch: Arch::X86_64,
            os: Platform::Linux,
            msvc: false,
        }
    }
}

impl FromStr for Target {
    type Err = InvalidOption;

    fn from_str(triple: &str) -> Result<Self, InvalidOption> {
        let triple = triple.trim();
        let error = |what: &str| {
            InvalidOption::new(
                triple,
                format_args!(
                    "`{triple}` is not a target this importer knows ({what}): write a Rust target \
                     triple such as x86_64-unknown-linux-gnu, aarch64-apple-ios, \
                     aarch64-linux-android or x86_64-pc-windows-msvc"
                ),
            )
        };
        let mut parts = triple.split('-');
        let arch_name = parts.next().unwrap_or_default();
        let arch = match arch_name {
            "x86_64" | "amd64" | "x86_64h" => Arch::X86_64,
            "i386" | "i486" | "i586" | "i686" | "x86" => Arch::X86,
            "aarch64" | "arm64" | "arm64e" | "aarch64_be" | "arm64_32" => Arch::Aarch64,
            name if name.starts_with("arm") || name.starts_with("thumb") => Arch::Arm,
            name if name.starts_with("riscv64") => Arch::Riscv64,
            name if name.starts_with("riscv32") => Arch::Riscv32,
            "wasm32" => Arch::Wasm32,
            "wasm64" => Arch::Wasm64,
            "powerpc" => Arch::PowerPc,
            "powerpc64" | "powerpc64le" => Arch::PowerPc64,
            "mips" | "mipsel" => Arch::Mips,
            "mips64" | "mips64el" => Arch::Mips64,
            "s390x" => Arch::S390x,
            "loongarch64" => Arch::LoongArch64,
            _ => return Err(error("its architecture")),
        };
        let rest: Vec<&str> = parts.collect();
        if rest.is_empty() {
            return Err(error("it has no operating system"));
        }
        let has = |word: &str| rest.iter().any(|part| part.starts_with(word));
        let os = if has("android") {
            Platform::Android
        } else if has("ohos") {
            Platform::OpenHarmony
        } else if has("linux") {
            Platform::Linux
        } else if has("windows") || has("mingw") || has("win32") {
            Platform::Windows
        } else if has("darwin") || has("macos") {
            Platform::MacOs
        } else if has("ios") {
            Platform::Ios
        } else if has("tvos") {
            Platform::TvOs
        } else if has("watchos") {
            Platform::WatchOs
        } else if has("visionos") || has("xros") {
            Platform::VisionOs
        } else if has("freebsd") {
            Platform::FreeBsd
        } else if has("netbsd") {
            Platform::NetBsd
        } else if has("openbsd") {
            Platform::OpenBsd
        } else if has("fuchsia") {
            Platform::Fuchsia
        } else if has("emscripten") {
            Platform::Emscripten
        } else if has("wasi") {
            Platform::Wasi
        } else if has("none") || has("unknown") || has("elf") || has("eabi") {
            Platform::None
        } else {
            return Err(error("its operating system"));
        };
        let msvc = os == Platform::Windows && !has("gnu") && !has("mingw");
        Ok(Target {
            triple: triple.to_owned(),
            arch,
            os,
            msvc,
        })
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.triple)
    }
}

/// The language a header is read in, which decides `__cplusplus` and `__OBJC__`, the keywords
/// (`true`, `constexpr`, `enum class`) and the types of constant expressions (C's or C++'s).
///
/// Without [`Options::language`](crate::Options::language), each header's is its own: C++ for
/// `.hpp`, `.hh`, `.hxx`, `.h++` and `.H`, Objective-C++ for `.mm`, Objective-C for `.m`; a
/// `.h` header is Objective-C when it uses Objective-C (`@interface`, `@protocol`, `#import`,
/// `NS_ENUM` and its kin), C++ when it uses C++ (`namespace`, `class`, `template`, `constexpr`,
/// `enum class`, `using`, `::`) outside `#ifdef __cplusplus`, and C otherwise.
///
/// ```
/// use rtc_codes_import::Language;
///
/// assert_eq!("c++".parse::<Language>()?, Language::Cpp);
/// assert_eq!("objective-c".parse::<Language>()?, Language::ObjC);
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// C (C17): `__STDC_VERSION__` is `201710L`.
    C,
    /// C++ (C++17): `__cplusplus` is `201703L`.
    Cpp,
    /// Objective-C: C with `__OBJC__`.
    ObjC,
    /// Objective-C++: C++ with `__OBJC__`.
    ObjCpp,
}

impl Language {
    /// Whether the language is C++ or Objective-C++ (C++'s rules of constant expressions).
    #[must_use]
    pub fn is_cpp(self) -> bool {
        matches!(self, Language::Cpp | Language::ObjCpp)
    }

    /// The macros the compiler predefines for the language.
    pub(crate) fn macros(self) -> Vec<(&'static str, &'static str)> {
        let mut macros = vec![("__STDC__", "1"), ("__STDC_HOSTED__", "1")];
        if self.is_cpp() {
            macros.push(("__cplusplus", "201703L"));
        } else {
            macros.push(("__STDC_VERSION__", "201710L"));
        }
        if matches!(self, Language::ObjC | Language::ObjCpp) {
            macros.push(("__OBJC__", "1"));
        }
        macros
    }
}

impl FromStr for Language {
    type Err = InvalidOption;

    fn from_str(name: &str) -> Result<Self, InvalidOption> {
        match name.trim().to_ascii_lowercase().as_str() {
            "c" => Ok(Language::C),
            "c++" | "cpp" | "cxx" => Ok(Language::Cpp),
            "objc" | "objective-c" | "obj-c" => Ok(Language::ObjC),
            "objc++" | "objective-c++" | "obj-c++" | "objcpp" => Ok(Language::ObjCpp),
            _ => Err(InvalidOption::new(
                name,
                format_args!(
                    "`{name}` is not a language: write c, c++, objective-c or objective-c++"
                ),
            )),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Language::C => "c",
            Language::Cpp => "c++",
            Language::ObjC => "objective-c",
            Language::ObjCpp => "objective-c++",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Language, Target};

    #[test]
    fn data_models_and_macros() {
        let linux: Target = "x86_64-unknown-linux-gnu".parse().unwrap();
        assert_eq!((linux.long_bits(), linux.pointer_bits()), (64, 64));
        assert!(linux.char_is_signed());
        let names: Vec<&str> = linux.macros().iter().map(|(name, _)| *name).collect();
        assert!(names.contains(&"__linux__") && names.contains(&"__LP64__"));
        let android: Target = "aarch64-linux-android".parse().unwrap();
        assert!(!android.char_is_signed());
        assert!(android
            .macros()
            .iter()
            .any(|(name, _)| *name == "__ANDROID__"));
        let windows: Target = "x86_64-pc-windows-msvc".parse().unwrap();
        assert_eq!(windows.long_bits(), 32);
        assert!(windows.macros().iter().any(|(name, _)| *name == "_WIN64"));
        let ios: Target = "aarch64-apple-ios".parse().unwrap();
        assert!(ios.char_is_signed());
        assert!(ios
            .macros()
            .iter()
            .any(|(name, value)| *name == "TARGET_OS_IPHONE" && value == "1"));
        let arm32: Target = "armv7-linux-androideabi".parse().unwrap();
        assert_eq!(arm32.long_bits(), 32);
        assert!("x86_64".parse::<Target>().is_err());
        assert!(Language::Cpp.macros().contains(&("__cplusplus", "201703L")));
    }
}
