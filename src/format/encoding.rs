//! Content-Encoding: gzip, x-gzip and deflate (zlib or raw), up to three
//! layers, decoded for scanning and encoded again for the upstream.
//!
//! Each layer is a `flate2` writer: compressed bytes go in, plain bytes come
//! out in the writer's `Vec`, which the pipeline drains after every chunk,
//! so nothing is held beyond one chunk's expansion. Decompression bombs are
//! stopped by a cap on the decoded size and on the expansion ratio.

use std::io::Write;

use flate2::write::{DeflateDecoder, GzEncoder, MultiGzDecoder, ZlibDecoder, ZlibEncoder};
use flate2::Compression;

use super::FormatError;

/// Most stacked encodings accepted.
pub const MAX_LAYERS: usize = 3;

/// One content coding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    /// `gzip` / `x-gzip`.
    Gzip,
    /// `deflate`: zlib-wrapped as the RFC says, or raw as some clients send;
    /// told apart by the zlib header.
    Deflate,
}

/// Parses a `Content-Encoding` value into layers, in the order they were
/// applied. `identity` is skipped.
///
/// # Errors
/// [`FormatError::UnsupportedEncoding`] for anything else (br, zstd,
/// compress, unknown), [`FormatError::TooManyEncodings`] past
/// [`MAX_LAYERS`].
pub fn parse_content_encoding(value: &str) -> Result<Vec<Coding>, FormatError> {
    let mut layers = Vec::new();
    for token in value.split(',').map(|t| t.trim().to_ascii_lowercase()) {
        match token.as_str() {
            "" | "identity" => {}
            "gzip" | "x-gzip" => layers.push(Coding::Gzip),
            "deflate" => layers.push(Coding::Deflate),
            _ => return Err(FormatError::UnsupportedEncoding(super::printable(&token))),
        }
        if layers.len() > MAX_LAYERS {
            return Err(FormatError::TooManyEncodings);
        }
    }
    Ok(layers)
}

/// Limits on decoding.
#[derive(Clone, Copy, Debug)]
pub struct DecodeLimits {
    /// Most decoded bytes of one body.
    pub max_decoded: u64,
    /// Most decoded bytes per encoded byte, checked once the decoded size
    /// passes `ratio_floor` (small bodies compress very well legitimately).
    pub max_ratio: u64,
    /// Decoded size below which the ratio is not checked.
    pub ratio_floor: u64,
}

impl Default for DecodeLimits {
    fn default() -> Self {
        DecodeLimits {
            max_decoded: 64 << 20,
            max_ratio: 200,
            ratio_floor: 1 << 20,
        }
    }
}

enum Decoder {
    Gzip(MultiGzDecoder<Vec<u8>>),
    Zlib(ZlibDecoder<Vec<u8>>),
    Raw(DeflateDecoder<Vec<u8>>),
    /// `deflate` before its first two bytes told zlib from raw.
    Undecided(Vec<u8>),
}

impl Decoder {
    fn new(coding: Coding) -> Self {
        match coding {
            Coding::Gzip => Decoder::Gzip(MultiGzDecoder::new(Vec::new())),
            Coding::Deflate => Decoder::Undecided(Vec::new()),
        }
    }

    fn write(&mut self, input: &[u8]) -> std::io::Result<()> {
        if let Decoder::Undecided(head) = self {
            head.extend_from_slice(input);
            if head.len() < 2 {
                return Ok(());
            }
            let head = std::mem::take(head);
            let zlib =
                head[0] & 0x0F == 8 && (u16::from(head[0]) << 8 | u16::from(head[1])) % 31 == 0;
            *self = if zlib {
                Decoder::Zlib(ZlibDecoder::new(Vec::new()))
            } else {
                Decoder::Raw(DeflateDecoder::new(Vec::new()))
            };
            return self.write(&head);
        }
        match self {
            Decoder::Gzip(d) => d.write_all(input),
            Decoder::Zlib(d) => d.write_all(input),
            Decoder::Raw(d) => d.write_all(input),
            Decoder::Undecided(_) => Ok(()),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Decoder::Gzip(d) => d.try_finish(),
            Decoder::Zlib(d) => d.try_finish(),
            Decoder::Raw(d) => d.try_finish(),
            Decoder::Undecided(head) if head.is_empty() => Ok(()),
            Decoder::Undecided(_) => Err(std::io::ErrorKind::UnexpectedEof.into()),
        }
    }

    fn take_output(&mut self) -> Vec<u8> {
        match self {
            Decoder::Gzip(d) => std::mem::take(d.get_mut()),
            Decoder::Zlib(d) => std::mem::take(d.get_mut()),
            Decoder::Raw(d) => std::mem::take(d.get_mut()),
            // Still reading the header: nothing decoded yet.
            Decoder::Undecided(_) => Vec::new(),
        }
    }
}

/// Encoders for the way back. `deflate` is always re-encoded zlib-wrapped,
/// as RFC 9110 defines it, whichever form the client sent.
enum Encoder {
    Gzip(GzEncoder<Vec<u8>>),
    Zlib(ZlibEncoder<Vec<u8>>),
}

impl Encoder {
    fn write(&mut self, input: &[u8]) -> std::io::Result<()> {
        match self {
            Encoder::Gzip(e) => e.write_all(input),
            Encoder::Zlib(e) => e.write_all(input),
        }
    }

    fn finish(&mut self) -> std::io::Result<()> {
        match self {
            Encoder::Gzip(e) => e.try_finish(),
            Encoder::Zlib(e) => e.try_finish(),
        }
    }

    fn take_output(&mut self) -> Vec<u8> {
        match self {
            Encoder::Gzip(e) => std::mem::take(e.get_mut()),
            Encoder::Zlib(e) => std::mem::take(e.get_mut()),
        }
    }
}

/// The decoding side of a body's content codings.
pub struct DecodeStack {
    /// Innermost-applied first in `codings`, so decoding runs in reverse.
    decoders: Vec<Decoder>,
    limits: DecodeLimits,
    encoded_in: u64,
    decoded_out: u64,
}

impl std::fmt::Debug for DecodeStack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "DecodeStack({} layers, {} -> {} bytes)",
            self.decoders.len(),
            self.encoded_in,
            self.decoded_out
        )
    }
}

impl DecodeStack {
    /// Decoders for `codings` (in the order they were applied).
    pub fn new(codings: &[Coding], limits: DecodeLimits) -> Self {
        DecodeStack {
            decoders: codings.iter().rev().map(|&c| Decoder::new(c)).collect(),
            limits,
            encoded_in: 0,
            decoded_out: 0,
        }
    }

    /// Whether no coding is applied: the input is the plain body.
    pub fn is_identity(&self) -> bool {
        self.decoders.is_empty()
    }

    /// Decodes `input` through every layer, appending plain bytes to `out`.
    ///
    /// # Errors
    /// [`FormatError::CorruptEncoding`], or a limit error.
    pub fn push(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.encoded_in += input.len() as u64;
        self.run(Some(input), out)
    }

    /// Ends the input; every layer must be complete.
    ///
    /// # Errors
    /// [`FormatError::CorruptEncoding`] for a truncated stream.
    pub fn finish(&mut self, out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.run(None, out)
    }

    fn run(&mut self, input: Option<&[u8]>, out: &mut Vec<u8>) -> Result<(), FormatError> {
        if self.decoders.is_empty() {
            // Nothing to decode, nothing to expand: the caller limits the
            // body's own size.
            if let Some(input) = input {
                out.extend_from_slice(input);
                self.decoded_out += input.len() as u64;
            }
            return Ok(());
        }
        let mut carry: Vec<u8> = input.map(<[u8]>::to_vec).unwrap_or_default();
        let last = self.decoders.len() - 1;
        for (i, d) in self.decoders.iter_mut().enumerate() {
            let result = if input.is_some() || !carry.is_empty() {
                d.write(&carry)
            } else {
                Ok(())
            };
            result.map_err(|_| FormatError::CorruptEncoding)?;
            if input.is_none() {
                d.finish().map_err(|_| FormatError::CorruptEncoding)?;
            }
            let produced = d.take_output();
            if i == last {
                self.decoded_out += produced.len() as u64;
                out.extend_from_slice(&produced);
            }
            carry = produced;
        }
        self.check()
    }

    fn check(&self) -> Result<(), FormatError> {
        if self.decoded_out > self.limits.max_decoded {
            return Err(FormatError::DecodedTooLarge {
                limit: self.limits.max_decoded,
            });
        }
        if self.decoded_out > self.limits.ratio_floor
            && self.decoded_out > self.encoded_in.saturating_mul(self.limits.max_ratio)
        {
            return Err(FormatError::ExpansionTooHigh {
                ratio: self.limits.max_ratio,
            });
        }
        Ok(())
    }
}

/// The encoding side: plain bytes in, the same codings applied again out.
pub struct EncodeStack {
    /// In application order: the first encoder sees plain bytes.
    encoders: Vec<Encoder>,
}

impl std::fmt::Debug for EncodeStack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EncodeStack({} layers)", self.encoders.len())
    }
}

impl EncodeStack {
    /// Encoders for `codings` (in the order they are applied).
    pub fn new(codings: &[Coding]) -> Self {
        let level = Compression::fast();
        EncodeStack {
            encoders: codings
                .iter()
                .map(|c| match c {
                    Coding::Gzip => Encoder::Gzip(GzEncoder::new(Vec::new(), level)),
                    Coding::Deflate => Encoder::Zlib(ZlibEncoder::new(Vec::new(), level)),
                })
                .collect(),
        }
    }

    /// Whether any coding is applied.
    pub fn is_identity(&self) -> bool {
        self.encoders.is_empty()
    }

    /// Encodes `input`, appending what is ready to `out`.
    ///
    /// # Errors
    /// Only on an internal compressor failure.
    pub fn push(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.run(Some(input), out)
    }

    /// Flushes every layer.
    ///
    /// # Errors
    /// Only on an internal compressor failure.
    pub fn finish(&mut self, out: &mut Vec<u8>) -> Result<(), FormatError> {
        self.run(None, out)
    }

    fn run(&mut self, input: Option<&[u8]>, out: &mut Vec<u8>) -> Result<(), FormatError> {
        if self.encoders.is_empty() {
            out.extend_from_slice(input.unwrap_or_default());
            return Ok(());
        }
        let mut carry = input.map(<[u8]>::to_vec).unwrap_or_default();
        let last = self.encoders.len() - 1;
        for (i, e) in self.encoders.iter_mut().enumerate() {
            e.write(&carry)
                .map_err(|_| FormatError::Internal("compressor"))?;
            if input.is_none() {
                e.finish()
                    .map_err(|_| FormatError::Internal("compressor"))?;
            }
            carry = e.take_output();
            if i == last {
                out.extend_from_slice(&carry);
            }
        }
        Ok(())
    }
}
