//! Reading result QR codes from camera frames: each frame as luminance, the
//! texts of the QR codes in it. Only the facilitator tools' module uses it.

/// The most pixels of a frame read (a 1280×720 camera frame; larger frames
/// are refused rather than read slowly).
pub const MAX_FRAME_PIXELS: usize = 1280 * 720;

/// The texts of the QR codes found in a frame of `width` × `height`
/// luminance values (0 black, 255 white, row by row). A frame of another
/// size than its buffer, or larger than [`MAX_FRAME_PIXELS`], gives none;
/// codes that cannot be read, or are not text, are left out.
pub fn read_frame(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    let pixels = width.saturating_mul(height);
    if pixels == 0 || pixels > MAX_FRAME_PIXELS || luma.len() != pixels {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The luminance of RGBA pixels (a canvas's `ImageData`), by the Rec. 601
/// weights in whole numbers.
pub fn luma_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            ((299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2])) / 1000) as u8
        })
        .collect()
}
