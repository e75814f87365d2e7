fn main() {
    let p = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(p).unwrap();
    print!("{}", guard_detect::detect_csv(&text).unwrap());
}
