//! The families a benchmark declares: the documented ones, copies of them, or a synthetic one.

/// One family to declare.
#[derive(Clone, Debug)]
pub struct Family {
    pub name: String,
    pub docs: String,
    pub codes: Vec<Code>,
}

/// One code to declare.
#[derive(Clone, Debug)]
pub struct Code {
    pub name: String,
    pub sdk_name: String,
    pub aliases: Vec<String>,
    pub value: i128,
    pub description: String,
    pub success: bool,
}

impl Family {
    pub fn count(families: &[Family]) -> usize {
        families.iter().map(|family| family.codes.len()).sum()
    }
}

/// The 16 documented families, as `rtc-codes` declares them (172 codes).
pub fn documented() -> Vec<Family> {
    rtc_codes::FAMILIES
        .iter()
        .map(|family| Family {
            name: family.name.to_owned(),
            docs: family.docs.to_owned(),
            codes: family
                .codes
                .iter()
                .map(|code| Code {
                    name: code.name.to_owned(),
                    sdk_name: code.sdk_name.to_owned(),
                    aliases: code
                        .aliases
                        .iter()
                        .map(|alias| (*alias).to_owned())
                        .collect(),
                    value: code.value,
                    description: code.description.to_owned(),
                    success: code.success,
                })
                .collect(),
        })
        .collect()
}

/// `copies` copies of the documented families, renamed `ErrorCode2`, ... (3,440 codes for 20).
pub fn documented_copies(copies: usize) -> Vec<Family> {
    let documented = documented();
    (1..=copies)
        .flat_map(|copy| {
            documented.iter().map(move |family| Family {
                name: if copy == 1 {
                    family.name.clone()
                } else {
                    format!("{}{copy}", family.name)
                },
                ..family.clone()
            })
        })
        .collect()
}

/// The families of one benchmark size: 172 is the documented set, 3,440 twenty copies of it,
/// anything else one synthetic family.
pub fn of_size(size: usize) -> Vec<Family> {
    match size {
        172 => documented(),
        3440 => documented_copies(20),
        n => synthetic(n),
    }
}

/// One family of `count` codes, with names, SDK names and descriptions shaped like real ones.
pub fn synthetic(count: usize) -> Vec<Family> {
    let codes = (0..count)
        .map(|index| {
            let value = -i128::try_from(index).unwrap_or(i128::MAX) - 1000;
            Code {
                name: format!("Code{index}Failed"),
                sdk_name: format!("kSyntheticErrorCode{index}Failed"),
                aliases: Vec::new(),
                value,
                description: format!("第 {index} 号错误：调用接口失败，请检查参数后重试。"),
                success: index == 0,
            }
        })
        .collect();
    vec![Family {
        name: "SyntheticErrorCode".to_owned(),
        docs: "合成的错误码，用于测量编译时间。".to_owned(),
        codes,
    }]
}
