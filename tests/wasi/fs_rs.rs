// Rust std (wasm32-wasip1) on the preopen /sandbox: files, directories, metadata,
// links, read_dir, errors (raw WASI errno from io::Error), and the exit code of
// std::process::exit.
// exit: 7
// stdout: write+read: "line 1\nline 2\n"
// stdout: append: 21 bytes
// stdout: seek+read: "line 2"
// stdout: set_len: 4 "line"
// stdout: metadata: file=true dir=false len=4
// stdout: create_dir_all+read_dir: ["a", "b", "c.txt"]
// stdout: rename: old=false new=true
// stdout: symlink: "line" link=true
// stdout: hard_link: "line"
// stdout: remove_dir_all: gone=true
// stdout: not found: Some(44) NotFound
// stdout: escape ..: Some(63)
// stdout: escape symlink: Some(63)
// stdout: exists: Some(20) AlreadyExists
// file: out.txt=line
use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn path_symlink(old: *const u8, old_len: usize, fd: i32, new: *const u8, new_len: usize) -> u16;
}

/// path_symlink relative to the preopen (fd 3); std's symlink_path is unstable.
fn symlink(target: &str, link: &str) -> u16 {
    unsafe { path_symlink(target.as_ptr(), target.len(), 3, link.as_ptr(), link.len()) }
}

fn main() {
    let p = "/sandbox/out.txt";
    fs::write(p, "line 1\nline 2\n").unwrap();
    println!("write+read: {:?}", fs::read_to_string(p).unwrap());
    let mut f = fs::OpenOptions::new().append(true).open(p).unwrap();
    f.write_all(b"line 3\n").unwrap();
    println!("append: {} bytes", fs::metadata(p).unwrap().len());
    let mut f = fs::File::open(p).unwrap();
    f.seek(SeekFrom::Start(7)).unwrap();
    let mut s = String::new();
    f.take(6).read_to_string(&mut s).unwrap();
    println!("seek+read: {s:?}");
    let f = fs::OpenOptions::new().write(true).open(p).unwrap();
    f.set_len(4).unwrap();
    f.sync_all().unwrap();
    println!("set_len: {} {:?}", f.metadata().unwrap().len(), fs::read_to_string(p).unwrap());
    let m = fs::metadata(p).unwrap();
    println!("metadata: file={} dir={} len={}", m.is_file(), m.is_dir(), m.len());
    fs::create_dir_all("/sandbox/tree/a/deep").unwrap();
    fs::create_dir("/sandbox/tree/b").unwrap();
    fs::write("/sandbox/tree/c.txt", "c").unwrap();
    let mut names: Vec<String> = fs::read_dir("/sandbox/tree")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    println!("create_dir_all+read_dir: {names:?}");
    fs::rename("/sandbox/tree/c.txt", "/sandbox/tree/b/c2.txt").unwrap();
    println!(
        "rename: old={} new={}",
        fs::metadata("/sandbox/tree/c.txt").is_ok(),
        fs::metadata("/sandbox/tree/b/c2.txt").is_ok()
    );
    assert_eq!(symlink("out.txt", "link"), 0);
    println!(
        "symlink: {:?} link={}",
        fs::read_to_string("/sandbox/link").unwrap(),
        fs::symlink_metadata("/sandbox/link").unwrap().file_type().is_symlink()
    );
    fs::hard_link(p, "/sandbox/tree/hard").unwrap();
    println!("hard_link: {:?}", fs::read_to_string("/sandbox/tree/hard").unwrap());
    fs::remove_dir_all("/sandbox/tree").unwrap();
    println!("remove_dir_all: gone={}", fs::metadata("/sandbox/tree").is_err());
    let e = fs::read("/sandbox/nope").unwrap_err();
    println!("not found: {:?} {:?}", e.raw_os_error(), e.kind());
    let e = fs::read("/sandbox/../outside/secret.txt").unwrap_err();
    println!("escape ..: {:?}", e.raw_os_error());
    assert_eq!(symlink("../outside", "out"), 0);
    let e = fs::read("/sandbox/out/secret.txt").unwrap_err();
    println!("escape symlink: {:?}", e.raw_os_error());
    fs::remove_file("/sandbox/out").unwrap();
    fs::remove_file("/sandbox/link").unwrap();
    let e = fs::create_dir("/sandbox").unwrap_err();
    println!("exists: {:?} {:?}", e.raw_os_error(), e.kind());
    std::io::stdout().flush().unwrap();
    std::process::exit(7);
}
