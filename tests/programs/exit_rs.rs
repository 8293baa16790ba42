// std::process::exit ends the program with that code.
// exit: 5
// stdout: exiting with 5
use std::io::Write;

fn main() {
    println!("exiting with 5");
    std::io::stdout().flush().unwrap();
    std::process::exit(5);
}
