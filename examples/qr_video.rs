//! Writes a Y4M video of QR codes, for the browser test of "Scan results"
//! (Chromium's fake camera plays it): `qr_video <out.y4m> <text>…`. Each
//! text is shown for two seconds, then a second of grey.

use std::io::Write;

use qrcodegen::{QrCode, QrCodeEcc};

const W: usize = 640;
const H: usize = 480;
const FPS: usize = 5;

fn frame(code: Option<&QrCode>) -> Vec<u8> {
    let mut y = vec![150u8; W * H];
    if let Some(code) = code {
        let size = code.size() as usize;
        // As large as fits with a quiet zone of 4 modules.
        let scale = (H - 40) / (size + 8);
        let side = scale * (size + 8);
        let (left, top) = ((W - side) / 2, (H - side) / 2);
        for py in 0..side {
            for px in 0..side {
                let (mx, my) = ((px / scale) as i32 - 4, (py / scale) as i32 - 4);
                let dark = code.get_module(mx, my);
                y[(top + py) * W + left + px] = if dark { 16 } else { 235 };
            }
        }
    }
    let mut out = y;
    out.extend(std::iter::repeat_n(128u8, W * H / 2));
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: qr_video <out.y4m> <text>…");
    let codes: Vec<QrCode> = args
        .map(|t| QrCode::encode_text(&t, QrCodeEcc::Medium).expect("text fits a QR code"))
        .collect();
    let mut file = std::fs::File::create(&path).expect("the output can be written");
    writeln!(file, "YUV4MPEG2 W{W} H{H} F{FPS}:1 Ip A1:1 C420jpeg").unwrap();
    let blank = frame(None);
    for code in &codes {
        let shown = frame(Some(code));
        for _ in 0..2 * FPS {
            file.write_all(b"FRAME\n").unwrap();
            file.write_all(&shown).unwrap();
        }
        for _ in 0..FPS {
            file.write_all(b"FRAME\n").unwrap();
            file.write_all(&blank).unwrap();
        }
    }
}
