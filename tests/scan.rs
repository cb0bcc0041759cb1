//! Reading result QR codes from frames (issue 23, "Scan results").

use candor::core::scan::{luma_of_rgba, read_frame, MAX_FRAME_PIXELS};
use qrcodegen::{QrCode, QrCodeEcc};

/// `text` as a QR code drawn into a `w` × `h` frame of luminance: `scale`
/// pixels a module, at (`left`, `top`), on a grey background with `noise`.
fn frame(
    text: &str,
    w: usize,
    h: usize,
    scale: usize,
    left: usize,
    top: usize,
    noise: u8,
) -> Vec<u8> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
    let size = code.size() as usize;
    let mut seed: u32 = 12345;
    let mut luma = vec![0u8; w * h];
    for y in 0..h {
        for x in 0..w {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let jitter = if noise == 0 {
                0
            } else {
                (seed >> 16) as u8 % noise
            };
            // A white quiet zone of 4 modules around the code.
            let (qx, qy) = (x as isize - left as isize, y as isize - top as isize);
            let module = |v: isize| v.div_euclid(scale as isize) - 4;
            let (mx, my) = (module(qx), module(qy));
            let inside =
                (-4..size as isize + 4).contains(&mx) && (-4..size as isize + 4).contains(&my);
            let dark = inside && code.get_module(mx as i32, my as i32);
            let base: u8 = if !inside {
                140
            } else if dark {
                20
            } else {
                235
            };
            luma[y * w + x] = if dark {
                base.saturating_add(jitter)
            } else {
                base.saturating_sub(jitter)
            };
        }
    }
    luma
}

#[test]
fn a_result_link_is_read_back_from_a_frame() {
    let link = "https://example.org/candor/#r=C1q2w3e4r5t6y7u8i9o0pAsDfGhJkL";
    let luma = frame(link, 640, 480, 4, 100, 40, 0);
    assert_eq!(read_frame(640, 480, &luma), [link]);
    // Smaller, off centre, with noise.
    let luma = frame(link, 640, 480, 3, 300, 200, 40);
    assert_eq!(read_frame(640, 480, &luma), [link]);
}

#[test]
fn frames_without_a_code_or_of_the_wrong_size_give_nothing() {
    assert!(read_frame(64, 48, &vec![200; 64 * 48]).is_empty());
    assert!(
        read_frame(64, 48, &[200; 10]).is_empty(),
        "a buffer of another size"
    );
    assert!(read_frame(0, 48, &[]).is_empty());
    let too_big = MAX_FRAME_PIXELS + 1;
    assert!(read_frame(too_big, 1, &vec![0; too_big]).is_empty());
}

#[test]
fn rgba_becomes_luminance() {
    assert_eq!(
        luma_of_rgba(&[255, 255, 255, 255, 0, 0, 0, 255, 255, 0, 0, 255]),
        [255, 0, 76]
    );
}
