//! The module graph, read from the sources: the shared nouns stay a leaf and no two top-level
//! modules depend on each other in a circle (a newcomer can read the crate bottom-up).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Top-level module → the top-level modules its non-test code names as `crate::…`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(&src).expect("under src");
            let top = rel.components().next().expect("a component").as_os_str().to_string_lossy();
            let top = top.trim_end_matches(".rs").to_owned();
            if top == "lib" || top == "main" {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable");
            // Unit tests may reach anywhere; what counts is the code they test.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let deps = graph.entry(top.clone()).or_default();
            for line in code.lines().map(str::trim_start).filter(|l| !l.starts_with("//")) {
                for (i, _) in line.match_indices("crate::") {
                    let rest = &line[i + "crate::".len()..];
                    let name: String =
                        rest.chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                    if !name.is_empty() && name != top {
                        deps.insert(name);
                    }
                }
            }
        }
    }
    graph
}

/// A cycle through `from`, if there is one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    fn walk(
        graph: &BTreeMap<String, BTreeSet<String>>,
        goal: &str,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        let last = path.last().cloned().unwrap_or_default();
        for next in graph.get(&last).into_iter().flatten() {
            if next == goal {
                path.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                path.push(next.clone());
                if walk(graph, goal, path, seen) {
                    return true;
                }
                path.pop();
            }
        }
        false
    }
    let mut path = vec![from.to_owned()];
    walk(graph, from, &mut path, &mut BTreeSet::new()).then_some(path)
}

#[test]
fn no_two_top_level_modules_depend_on_each_other_in_a_circle() {
    let graph = graph();
    assert!(graph.len() > 15, "the walk found the modules: {graph:?}");
    for module in graph.keys() {
        if let Some(cycle) = cycle_through(&graph, module) {
            panic!("import cycle: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_shared_nouns_import_nothing_from_the_crate_and_renderers_no_stage_code() {
    let graph = graph();
    assert_eq!(graph.get("model"), Some(&BTreeSet::new()), "model must stay a leaf");
    for face in ["render", "report"] {
        let deps = graph.get(face).expect("module exists");
        assert!(!deps.contains("checks"), "{face} depends on the checks: {deps:?}");
    }
}
