// std::env::args and std::env::var through WASI.
// run: alpha "beta" 3
// env: W2N_TEST_VAR=hello-env
// stdout: args after the program name: ["alpha", "\"beta\"", "3"]
// stdout: W2N_TEST_VAR=Ok("hello-env")
// stdout: W2N_UNSET_VAR is unset: true
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("args after the program name: {args:?}");
    println!("W2N_TEST_VAR={:?}", std::env::var("W2N_TEST_VAR"));
    println!(
        "W2N_UNSET_VAR is unset: {}",
        std::env::var("W2N_UNSET_VAR").is_err()
    );
}
