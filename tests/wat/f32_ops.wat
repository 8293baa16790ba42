;; Every f32 operation: add/sub/mul/div (infinities, NaN, denormals, overflow),
;; min/max (NaN propagation, min(0,-0) = -0), copysign, comparisons with NaN,
;; abs/neg/sqrt/ceil/floor/trunc/nearest (ties to even), and the exact bits produced by
;; abs/neg/copysign on NaNs. NaN results of arithmetic print as `nan` (their sign and
;; payload are nondeterministic). Each op runs on constants and on values passed
;; through a call. `;; #N` marks the call printing stdout line N.
;; exit: 0
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -0.5 0xbf000000
;; stdout: -0.5 0xbf000000
;; stdout: 3.5 0x40600000
;; stdout: 3.5 0x40600000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -0.5 0xbf000000
;; stdout: -0.5 0xbf000000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -1.39999998 0xbfb33333
;; stdout: -1.39999998 0xbfb33333
;; stdout: -4.5 0xc0900000
;; stdout: -4.5 0xc0900000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 3.5 0x40600000
;; stdout: 3.5 0x40600000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 5 0x40a00000
;; stdout: 5 0x40a00000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2.5999999 0x40266666
;; stdout: 2.5999999 0x40266666
;; stdout: -0.5 0xbf000000
;; stdout: -0.5 0xbf000000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 2.80259693e-45 0x00000002
;; stdout: 2.80259693e-45 0x00000002
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: 1.10000002 0x3f8ccccd
;; stdout: -1.39999998 0xbfb33333
;; stdout: -1.39999998 0xbfb33333
;; stdout: 2.5999999 0x40266666
;; stdout: 2.5999999 0x40266666
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.200000003 0x3e4ccccd
;; stdout: 0.200000003 0x3e4ccccd
;; stdout: -2.9000001 0xc039999a
;; stdout: -2.9000001 0xc039999a
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: -4.5 0xc0900000
;; stdout: -4.5 0xc0900000
;; stdout: -0.5 0xbf000000
;; stdout: -0.5 0xbf000000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -2.9000001 0xc039999a
;; stdout: -2.9000001 0xc039999a
;; stdout: -6 0xc0c00000
;; stdout: -6 0xc0c00000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 0.899999976 0x3f666666
;; stdout: 0.899999976 0x3f666666
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -4 0xc0800000
;; stdout: -4 0xc0800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -1.60000002 0xbfcccccd
;; stdout: -1.60000002 0xbfcccccd
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 2.4000001 0x4019999a
;; stdout: 2.4000001 0x4019999a
;; stdout: 5.5 0x40b00000
;; stdout: 5.5 0x40b00000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.899999976 0xbf666666
;; stdout: -0.899999976 0xbf666666
;; stdout: 1.60000002 0x3fcccccd
;; stdout: 1.60000002 0x3fcccccd
;; stdout: -2.4000001 0xc019999a
;; stdout: -2.4000001 0xc019999a
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.0999999 0x40466666
;; stdout: 3.0999999 0x40466666
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -4 0xc0800000
;; stdout: -4 0xc0800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -5.5 0xc0b00000
;; stdout: -5.5 0xc0b00000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.0999999 0xc0466666
;; stdout: -3.0999999 0xc0466666
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.25 0x40100000
;; stdout: 2.25 0x40100000
;; stdout: -3.75 0xc0700000
;; stdout: -3.75 0xc0700000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -2.80259693e-45 0x80000002
;; stdout: -2.80259693e-45 0x80000002
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -0.150000006 0xbe19999a
;; stdout: -0.150000006 0xbe19999a
;; stdout: 4.5 0x40900000
;; stdout: 4.5 0x40900000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -3.75 0xc0700000
;; stdout: -3.75 0xc0700000
;; stdout: 6.25 0x40c80000
;; stdout: 6.25 0x40c80000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 2.80259693e-45 0x00000002
;; stdout: 2.80259693e-45 0x00000002
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 0.25 0x3e800000
;; stdout: 0.25 0x3e800000
;; stdout: -7.5 0xc0f00000
;; stdout: -7.5 0xc0f00000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -2.80259693e-45 0x80000002
;; stdout: -2.80259693e-45 0x80000002
;; stdout: 2.80259693e-45 0x00000002
;; stdout: 2.80259693e-45 0x00000002
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 4.7683713e-07 0x34ffffff
;; stdout: 4.7683713e-07 0x34ffffff
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -4.20389539e-45 0x80000003
;; stdout: -4.20389539e-45 0x80000003
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 4.7683713e-07 0x34ffffff
;; stdout: 4.7683713e-07 0x34ffffff
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 3.40282347e+37 0x7dcccccc
;; stdout: 3.40282347e+37 0x7dcccccc
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.150000006 0xbe19999a
;; stdout: -0.150000006 0xbe19999a
;; stdout: 0.25 0x3e800000
;; stdout: 0.25 0x3e800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.40282347e+37 0x7dcccccc
;; stdout: 3.40282347e+37 0x7dcccccc
;; stdout: 0.0100000007 0x3c23d70b
;; stdout: 0.0100000007 0x3c23d70b
;; stdout: -0.300000012 0xbe99999a
;; stdout: -0.300000012 0xbe99999a
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 4.5 0x40900000
;; stdout: 4.5 0x40900000
;; stdout: -7.5 0xc0f00000
;; stdout: -7.5 0xc0f00000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -4.20389539e-45 0x80000003
;; stdout: -4.20389539e-45 0x80000003
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -0.300000012 0xbe99999a
;; stdout: -0.300000012 0xbe99999a
;; stdout: 9 0x41100000
;; stdout: 9 0x41100000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: nan
;; stdout: nan
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -0.666666687 0xbf2aaaab
;; stdout: -0.666666687 0xbf2aaaab
;; stdout: 0.400000006 0x3ecccccd
;; stdout: 0.400000006 0x3ecccccd
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 2.93873588e-39 0x00200000
;; stdout: 2.93873588e-39 0x00200000
;; stdout: 10 0x41200000
;; stdout: 10 0x41200000
;; stdout: -0.333333343 0xbeaaaaab
;; stdout: -0.333333343 0xbeaaaaab
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -0.600000024 0xbf19999a
;; stdout: -0.600000024 0xbf19999a
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -4.40810382e-39 0x80300000
;; stdout: -4.40810382e-39 0x80300000
;; stdout: -15 0xc1700000
;; stdout: -15 0xc1700000
;; stdout: 0.5 0x3f000000
;; stdout: 0.5 0x3f000000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -1.66666663 0xbfd55555
;; stdout: -1.66666663 0xbfd55555
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 7.34683969e-39 0x00500000
;; stdout: 7.34683969e-39 0x00500000
;; stdout: 25 0x41c80000
;; stdout: 25 0x41c80000
;; stdout: -0.833333313 0xbf555555
;; stdout: -0.833333313 0xbf555555
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1.40129846e-44 0x0000000a
;; stdout: 1.40129846e-44 0x0000000a
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -2.26854898e+38 0xff2aaaaa
;; stdout: -2.26854898e+38 0xff2aaaaa
;; stdout: 1.36112939e+38 0x7ecccccc
;; stdout: 1.36112939e+38 0x7ecccccc
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -1.13427449e+38 0xfeaaaaaa
;; stdout: -1.13427449e+38 0xfeaaaaaa
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.0666666701 0xbd888889
;; stdout: -0.0666666701 0xbd888889
;; stdout: 0.0399999991 0x3d23d70a
;; stdout: 0.0399999991 0x3d23d70a
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 2.93873307e-40 0x00033333
;; stdout: 2.93873307e-40 0x00033333
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -0.0333333351 0xbd088889
;; stdout: -0.0333333351 0xbd088889
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -1.20000005 0xbf99999a
;; stdout: -1.20000005 0xbf99999a
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -8.81620763e-39 0x80600000
;; stdout: -8.81620763e-39 0x80600000
;; stdout: -30 0xc1f00000
;; stdout: -30 0xc1f00000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: nan
;; stdout: nan
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: nan
;; stdout: nan
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: nan
;; stdout: nan
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: nan
;; stdout: nan
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 1
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 0
;; stdout: 1
;; stdout: 1
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0.5 0x3f000000
;; stdout: 0.5 0x3f000000
;; stdout: 0.5 0x3f000000
;; stdout: 0.5 0x3f000000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: 3.5 0x40600000
;; stdout: 3.5 0x40600000
;; stdout: 4.5 0x40900000
;; stdout: 4.5 0x40900000
;; stdout: 0.49999997 0x3effffff
;; stdout: 0.49999997 0x3effffff
;; stdout: 8388609 0x4b000001
;; stdout: 8388609 0x4b000001
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 1.40129846e-45 0x00000001
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 0.100000001 0x3dcccccd
;; stdout: 7.75 0x40f80000
;; stdout: 7.75 0x40f80000
;; stdout: 9.9999461e-41 0x000116c2
;; stdout: 9.9999461e-41 0x000116c2
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0.5 0xbf000000
;; stdout: -0.5 0xbf000000
;; stdout: 0.5 0x3f000000
;; stdout: 0.5 0x3f000000
;; stdout: -1.5 0xbfc00000
;; stdout: -1.5 0xbfc00000
;; stdout: 1.5 0x3fc00000
;; stdout: 1.5 0x3fc00000
;; stdout: -2.5 0xc0200000
;; stdout: -2.5 0xc0200000
;; stdout: 2.5 0x40200000
;; stdout: 2.5 0x40200000
;; stdout: -3.5 0xc0600000
;; stdout: -3.5 0xc0600000
;; stdout: -4.5 0xc0900000
;; stdout: -4.5 0xc0900000
;; stdout: -0.49999997 0xbeffffff
;; stdout: -0.49999997 0xbeffffff
;; stdout: -8388609 0xcb000001
;; stdout: -8388609 0xcb000001
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -1.40129846e-45 0x80000001
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -3.40282347e+38 0xff7fffff
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: -0.100000001 0xbdcccccd
;; stdout: -0.100000001 0xbdcccccd
;; stdout: 7.75 0x40f80000
;; stdout: 7.75 0x40f80000
;; stdout: -9.9999461e-41 0x800116c2
;; stdout: -9.9999461e-41 0x800116c2
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0.707106769 0x3f3504f3
;; stdout: 0.707106769 0x3f3504f3
;; stdout: nan
;; stdout: nan
;; stdout: 1.22474492 0x3f9cc471
;; stdout: 1.22474492 0x3f9cc471
;; stdout: nan
;; stdout: nan
;; stdout: 1.58113885 0x3fca62c2
;; stdout: 1.58113885 0x3fca62c2
;; stdout: nan
;; stdout: nan
;; stdout: 1.87082875 0x3fef7751
;; stdout: 1.87082875 0x3fef7751
;; stdout: 2.12132025 0x4007c3b6
;; stdout: 2.12132025 0x4007c3b6
;; stdout: 0.707106769 0x3f3504f3
;; stdout: 0.707106769 0x3f3504f3
;; stdout: 2896.30957 0x453504f4
;; stdout: 2896.30957 0x453504f4
;; stdout: 9.99999987e+14 0x58635fa9
;; stdout: 9.99999987e+14 0x58635fa9
;; stdout: nan
;; stdout: nan
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: nan
;; stdout: 3.74339207e-23 0x1a3504f3
;; stdout: 3.74339207e-23 0x1a3504f3
;; stdout: 1.8446743e+19 0x5f7fffff
;; stdout: 1.8446743e+19 0x5f7fffff
;; stdout: 1.41421354 0x3fb504f3
;; stdout: 1.41421354 0x3fb504f3
;; stdout: 0.316227764 0x3ea1e89b
;; stdout: 0.316227764 0x3ea1e89b
;; stdout: nan
;; stdout: nan
;; stdout: 9.99997303e-21 0x1e3ce4e7
;; stdout: 9.99997303e-21 0x1e3ce4e7
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 5 0x40a00000
;; stdout: 5 0x40a00000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 8388609 0x4b000001
;; stdout: 8388609 0x4b000001
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -7 0xc0e00000
;; stdout: -7 0xc0e00000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -3 0xc0400000
;; stdout: -3 0xc0400000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 8388609 0x4b000001
;; stdout: 8388609 0x4b000001
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -8 0xc1000000
;; stdout: -8 0xc1000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 1 0x3f800000
;; stdout: 1 0x3f800000
;; stdout: -1 0xbf800000
;; stdout: -1 0xbf800000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: 3 0x40400000
;; stdout: 3 0x40400000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 8388609 0x4b000001
;; stdout: 8388609 0x4b000001
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -7 0xc0e00000
;; stdout: -7 0xc0e00000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -0 0x80000000
;; stdout: -0 0x80000000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: -2 0xc0000000
;; stdout: -2 0xc0000000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 4 0x40800000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 8388609 0x4b000001
;; stdout: 8388609 0x4b000001
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: 1.00000002e+30 0x7149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: -1.00000002e+30 0xf149f2ca
;; stdout: inf 0x7f800000
;; stdout: inf 0x7f800000
;; stdout: -inf 0xff800000
;; stdout: -inf 0xff800000
;; stdout: nan
;; stdout: nan
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 3.40282347e+38 0x7f7fffff
;; stdout: 2 0x40000000
;; stdout: 2 0x40000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: -8 0xc1000000
;; stdout: -8 0xc1000000
;; stdout: 0 0x00000000
;; stdout: 0 0x00000000
;; stdout: 2143289344
;; stdout: -4194304
;; stdout: -4194304
;; stdout: 1073741824
;; stdout: 2143289344
;; stdout: -4194304
;; stdout: -4194304
;; stdout: 1073741824
;; stdout: 2143289344
;; stdout: 2143289344
;; stdout: -4194304
;; stdout: -1073741824
;; stdout: 2143289344
;; stdout: 2143289344
;; stdout: -4194304
;; stdout: -1073741824
;; stdout: 2141192192
;; stdout: -6291456
;; stdout: -6291456
;; stdout: 1073741824
;; stdout: 2141192192
;; stdout: -6291456
;; stdout: -6291456
;; stdout: 1073741824
;; stdout: 2139095041
;; stdout: 2139095041
;; stdout: -8388607
;; stdout: -1073741824
;; stdout: 2139095041
;; stdout: 2139095041
;; stdout: -8388607
;; stdout: -1073741824
(module
  (import "env" "print_i32" (func $p (param i32)))
  (import "env" "print_i64" (func $p64 (param i64)))
  (import "env" "print_f32" (func $pf32 (param f32)))
  (import "env" "print_f64" (func $pf64 (param f64)))
  (func $id (param f32) (result f32) (local.get 0))
  (func (export "_start")
    (call $pf32 (f32.add (f32.const 0) (f32.const 0)))  ;; #1
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #2
    (call $pf32 (f32.add (f32.const 0) (f32.const -0)))  ;; #3
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #4
    (call $pf32 (f32.add (f32.const 0) (f32.const 1)))  ;; #5
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #6
    (call $pf32 (f32.add (f32.const 0) (f32.const -1.5)))  ;; #7
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #8
    (call $pf32 (f32.add (f32.const 0) (f32.const 2.5)))  ;; #9
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #10
    (call $pf32 (f32.add (f32.const 0) (f32.const inf)))  ;; #11
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #12
    (call $pf32 (f32.add (f32.const 0) (f32.const -inf)))  ;; #13
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #14
    (call $pf32 (f32.add (f32.const 0) (f32.const nan)))  ;; #15
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #16
    (call $pf32 (f32.add (f32.const 0) (f32.const 0x1p-149)))  ;; #17
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #18
    (call $pf32 (f32.add (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #19
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #20
    (call $pf32 (f32.add (f32.const 0) (f32.const 0.1)))  ;; #21
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #22
    (call $pf32 (f32.add (f32.const 0) (f32.const -3)))  ;; #23
    (call $pf32 (f32.add (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #24
    (call $pf32 (f32.add (f32.const -0) (f32.const 0)))  ;; #25
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #26
    (call $pf32 (f32.add (f32.const -0) (f32.const -0)))  ;; #27
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #28
    (call $pf32 (f32.add (f32.const -0) (f32.const 1)))  ;; #29
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #30
    (call $pf32 (f32.add (f32.const -0) (f32.const -1.5)))  ;; #31
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #32
    (call $pf32 (f32.add (f32.const -0) (f32.const 2.5)))  ;; #33
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #34
    (call $pf32 (f32.add (f32.const -0) (f32.const inf)))  ;; #35
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #36
    (call $pf32 (f32.add (f32.const -0) (f32.const -inf)))  ;; #37
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #38
    (call $pf32 (f32.add (f32.const -0) (f32.const nan)))  ;; #39
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #40
    (call $pf32 (f32.add (f32.const -0) (f32.const 0x1p-149)))  ;; #41
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #42
    (call $pf32 (f32.add (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #43
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #44
    (call $pf32 (f32.add (f32.const -0) (f32.const 0.1)))  ;; #45
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #46
    (call $pf32 (f32.add (f32.const -0) (f32.const -3)))  ;; #47
    (call $pf32 (f32.add (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #48
    (call $pf32 (f32.add (f32.const 1) (f32.const 0)))  ;; #49
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #50
    (call $pf32 (f32.add (f32.const 1) (f32.const -0)))  ;; #51
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #52
    (call $pf32 (f32.add (f32.const 1) (f32.const 1)))  ;; #53
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #54
    (call $pf32 (f32.add (f32.const 1) (f32.const -1.5)))  ;; #55
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #56
    (call $pf32 (f32.add (f32.const 1) (f32.const 2.5)))  ;; #57
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #58
    (call $pf32 (f32.add (f32.const 1) (f32.const inf)))  ;; #59
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #60
    (call $pf32 (f32.add (f32.const 1) (f32.const -inf)))  ;; #61
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #62
    (call $pf32 (f32.add (f32.const 1) (f32.const nan)))  ;; #63
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #64
    (call $pf32 (f32.add (f32.const 1) (f32.const 0x1p-149)))  ;; #65
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #66
    (call $pf32 (f32.add (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #67
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #68
    (call $pf32 (f32.add (f32.const 1) (f32.const 0.1)))  ;; #69
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #70
    (call $pf32 (f32.add (f32.const 1) (f32.const -3)))  ;; #71
    (call $pf32 (f32.add (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #72
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 0)))  ;; #73
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #74
    (call $pf32 (f32.add (f32.const -1.5) (f32.const -0)))  ;; #75
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #76
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 1)))  ;; #77
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #78
    (call $pf32 (f32.add (f32.const -1.5) (f32.const -1.5)))  ;; #79
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #80
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 2.5)))  ;; #81
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #82
    (call $pf32 (f32.add (f32.const -1.5) (f32.const inf)))  ;; #83
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #84
    (call $pf32 (f32.add (f32.const -1.5) (f32.const -inf)))  ;; #85
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #86
    (call $pf32 (f32.add (f32.const -1.5) (f32.const nan)))  ;; #87
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #88
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 0x1p-149)))  ;; #89
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #90
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #91
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #92
    (call $pf32 (f32.add (f32.const -1.5) (f32.const 0.1)))  ;; #93
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #94
    (call $pf32 (f32.add (f32.const -1.5) (f32.const -3)))  ;; #95
    (call $pf32 (f32.add (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #96
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 0)))  ;; #97
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #98
    (call $pf32 (f32.add (f32.const 2.5) (f32.const -0)))  ;; #99
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #100
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 1)))  ;; #101
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #102
    (call $pf32 (f32.add (f32.const 2.5) (f32.const -1.5)))  ;; #103
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #104
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 2.5)))  ;; #105
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #106
    (call $pf32 (f32.add (f32.const 2.5) (f32.const inf)))  ;; #107
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #108
    (call $pf32 (f32.add (f32.const 2.5) (f32.const -inf)))  ;; #109
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #110
    (call $pf32 (f32.add (f32.const 2.5) (f32.const nan)))  ;; #111
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #112
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 0x1p-149)))  ;; #113
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #114
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #115
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #116
    (call $pf32 (f32.add (f32.const 2.5) (f32.const 0.1)))  ;; #117
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #118
    (call $pf32 (f32.add (f32.const 2.5) (f32.const -3)))  ;; #119
    (call $pf32 (f32.add (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #120
    (call $pf32 (f32.add (f32.const inf) (f32.const 0)))  ;; #121
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #122
    (call $pf32 (f32.add (f32.const inf) (f32.const -0)))  ;; #123
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #124
    (call $pf32 (f32.add (f32.const inf) (f32.const 1)))  ;; #125
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #126
    (call $pf32 (f32.add (f32.const inf) (f32.const -1.5)))  ;; #127
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #128
    (call $pf32 (f32.add (f32.const inf) (f32.const 2.5)))  ;; #129
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #130
    (call $pf32 (f32.add (f32.const inf) (f32.const inf)))  ;; #131
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #132
    (call $pf32 (f32.add (f32.const inf) (f32.const -inf)))  ;; #133
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #134
    (call $pf32 (f32.add (f32.const inf) (f32.const nan)))  ;; #135
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #136
    (call $pf32 (f32.add (f32.const inf) (f32.const 0x1p-149)))  ;; #137
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #138
    (call $pf32 (f32.add (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #139
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #140
    (call $pf32 (f32.add (f32.const inf) (f32.const 0.1)))  ;; #141
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #142
    (call $pf32 (f32.add (f32.const inf) (f32.const -3)))  ;; #143
    (call $pf32 (f32.add (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #144
    (call $pf32 (f32.add (f32.const -inf) (f32.const 0)))  ;; #145
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #146
    (call $pf32 (f32.add (f32.const -inf) (f32.const -0)))  ;; #147
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #148
    (call $pf32 (f32.add (f32.const -inf) (f32.const 1)))  ;; #149
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #150
    (call $pf32 (f32.add (f32.const -inf) (f32.const -1.5)))  ;; #151
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #152
    (call $pf32 (f32.add (f32.const -inf) (f32.const 2.5)))  ;; #153
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #154
    (call $pf32 (f32.add (f32.const -inf) (f32.const inf)))  ;; #155
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #156
    (call $pf32 (f32.add (f32.const -inf) (f32.const -inf)))  ;; #157
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #158
    (call $pf32 (f32.add (f32.const -inf) (f32.const nan)))  ;; #159
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #160
    (call $pf32 (f32.add (f32.const -inf) (f32.const 0x1p-149)))  ;; #161
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #162
    (call $pf32 (f32.add (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #163
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #164
    (call $pf32 (f32.add (f32.const -inf) (f32.const 0.1)))  ;; #165
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #166
    (call $pf32 (f32.add (f32.const -inf) (f32.const -3)))  ;; #167
    (call $pf32 (f32.add (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #168
    (call $pf32 (f32.add (f32.const nan) (f32.const 0)))  ;; #169
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #170
    (call $pf32 (f32.add (f32.const nan) (f32.const -0)))  ;; #171
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #172
    (call $pf32 (f32.add (f32.const nan) (f32.const 1)))  ;; #173
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #174
    (call $pf32 (f32.add (f32.const nan) (f32.const -1.5)))  ;; #175
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #176
    (call $pf32 (f32.add (f32.const nan) (f32.const 2.5)))  ;; #177
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #178
    (call $pf32 (f32.add (f32.const nan) (f32.const inf)))  ;; #179
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #180
    (call $pf32 (f32.add (f32.const nan) (f32.const -inf)))  ;; #181
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #182
    (call $pf32 (f32.add (f32.const nan) (f32.const nan)))  ;; #183
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #184
    (call $pf32 (f32.add (f32.const nan) (f32.const 0x1p-149)))  ;; #185
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #186
    (call $pf32 (f32.add (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #187
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #188
    (call $pf32 (f32.add (f32.const nan) (f32.const 0.1)))  ;; #189
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #190
    (call $pf32 (f32.add (f32.const nan) (f32.const -3)))  ;; #191
    (call $pf32 (f32.add (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #192
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 0)))  ;; #193
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #194
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const -0)))  ;; #195
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #196
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 1)))  ;; #197
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #198
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const -1.5)))  ;; #199
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #200
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 2.5)))  ;; #201
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #202
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const inf)))  ;; #203
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #204
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const -inf)))  ;; #205
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #206
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const nan)))  ;; #207
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #208
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #209
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #210
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #211
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #212
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const 0.1)))  ;; #213
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #214
    (call $pf32 (f32.add (f32.const 0x1p-149) (f32.const -3)))  ;; #215
    (call $pf32 (f32.add (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #216
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #217
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #218
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #219
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #220
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #221
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #222
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #223
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #224
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #225
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #226
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #227
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #228
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #229
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #230
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #231
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #232
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #233
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #234
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #235
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #236
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #237
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #238
    (call $pf32 (f32.add (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #239
    (call $pf32 (f32.add (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #240
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 0)))  ;; #241
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #242
    (call $pf32 (f32.add (f32.const 0.1) (f32.const -0)))  ;; #243
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #244
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 1)))  ;; #245
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #246
    (call $pf32 (f32.add (f32.const 0.1) (f32.const -1.5)))  ;; #247
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #248
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 2.5)))  ;; #249
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #250
    (call $pf32 (f32.add (f32.const 0.1) (f32.const inf)))  ;; #251
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #252
    (call $pf32 (f32.add (f32.const 0.1) (f32.const -inf)))  ;; #253
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #254
    (call $pf32 (f32.add (f32.const 0.1) (f32.const nan)))  ;; #255
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #256
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 0x1p-149)))  ;; #257
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #258
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #259
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #260
    (call $pf32 (f32.add (f32.const 0.1) (f32.const 0.1)))  ;; #261
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #262
    (call $pf32 (f32.add (f32.const 0.1) (f32.const -3)))  ;; #263
    (call $pf32 (f32.add (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #264
    (call $pf32 (f32.add (f32.const -3) (f32.const 0)))  ;; #265
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #266
    (call $pf32 (f32.add (f32.const -3) (f32.const -0)))  ;; #267
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #268
    (call $pf32 (f32.add (f32.const -3) (f32.const 1)))  ;; #269
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #270
    (call $pf32 (f32.add (f32.const -3) (f32.const -1.5)))  ;; #271
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #272
    (call $pf32 (f32.add (f32.const -3) (f32.const 2.5)))  ;; #273
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #274
    (call $pf32 (f32.add (f32.const -3) (f32.const inf)))  ;; #275
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #276
    (call $pf32 (f32.add (f32.const -3) (f32.const -inf)))  ;; #277
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #278
    (call $pf32 (f32.add (f32.const -3) (f32.const nan)))  ;; #279
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #280
    (call $pf32 (f32.add (f32.const -3) (f32.const 0x1p-149)))  ;; #281
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #282
    (call $pf32 (f32.add (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #283
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #284
    (call $pf32 (f32.add (f32.const -3) (f32.const 0.1)))  ;; #285
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #286
    (call $pf32 (f32.add (f32.const -3) (f32.const -3)))  ;; #287
    (call $pf32 (f32.add (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #288
    (call $pf32 (f32.sub (f32.const 0) (f32.const 0)))  ;; #289
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #290
    (call $pf32 (f32.sub (f32.const 0) (f32.const -0)))  ;; #291
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #292
    (call $pf32 (f32.sub (f32.const 0) (f32.const 1)))  ;; #293
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #294
    (call $pf32 (f32.sub (f32.const 0) (f32.const -1.5)))  ;; #295
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #296
    (call $pf32 (f32.sub (f32.const 0) (f32.const 2.5)))  ;; #297
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #298
    (call $pf32 (f32.sub (f32.const 0) (f32.const inf)))  ;; #299
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #300
    (call $pf32 (f32.sub (f32.const 0) (f32.const -inf)))  ;; #301
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #302
    (call $pf32 (f32.sub (f32.const 0) (f32.const nan)))  ;; #303
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #304
    (call $pf32 (f32.sub (f32.const 0) (f32.const 0x1p-149)))  ;; #305
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #306
    (call $pf32 (f32.sub (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #307
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #308
    (call $pf32 (f32.sub (f32.const 0) (f32.const 0.1)))  ;; #309
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #310
    (call $pf32 (f32.sub (f32.const 0) (f32.const -3)))  ;; #311
    (call $pf32 (f32.sub (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #312
    (call $pf32 (f32.sub (f32.const -0) (f32.const 0)))  ;; #313
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #314
    (call $pf32 (f32.sub (f32.const -0) (f32.const -0)))  ;; #315
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #316
    (call $pf32 (f32.sub (f32.const -0) (f32.const 1)))  ;; #317
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #318
    (call $pf32 (f32.sub (f32.const -0) (f32.const -1.5)))  ;; #319
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #320
    (call $pf32 (f32.sub (f32.const -0) (f32.const 2.5)))  ;; #321
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #322
    (call $pf32 (f32.sub (f32.const -0) (f32.const inf)))  ;; #323
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #324
    (call $pf32 (f32.sub (f32.const -0) (f32.const -inf)))  ;; #325
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #326
    (call $pf32 (f32.sub (f32.const -0) (f32.const nan)))  ;; #327
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #328
    (call $pf32 (f32.sub (f32.const -0) (f32.const 0x1p-149)))  ;; #329
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #330
    (call $pf32 (f32.sub (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #331
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #332
    (call $pf32 (f32.sub (f32.const -0) (f32.const 0.1)))  ;; #333
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #334
    (call $pf32 (f32.sub (f32.const -0) (f32.const -3)))  ;; #335
    (call $pf32 (f32.sub (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #336
    (call $pf32 (f32.sub (f32.const 1) (f32.const 0)))  ;; #337
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #338
    (call $pf32 (f32.sub (f32.const 1) (f32.const -0)))  ;; #339
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #340
    (call $pf32 (f32.sub (f32.const 1) (f32.const 1)))  ;; #341
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #342
    (call $pf32 (f32.sub (f32.const 1) (f32.const -1.5)))  ;; #343
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #344
    (call $pf32 (f32.sub (f32.const 1) (f32.const 2.5)))  ;; #345
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #346
    (call $pf32 (f32.sub (f32.const 1) (f32.const inf)))  ;; #347
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #348
    (call $pf32 (f32.sub (f32.const 1) (f32.const -inf)))  ;; #349
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #350
    (call $pf32 (f32.sub (f32.const 1) (f32.const nan)))  ;; #351
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #352
    (call $pf32 (f32.sub (f32.const 1) (f32.const 0x1p-149)))  ;; #353
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #354
    (call $pf32 (f32.sub (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #355
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #356
    (call $pf32 (f32.sub (f32.const 1) (f32.const 0.1)))  ;; #357
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #358
    (call $pf32 (f32.sub (f32.const 1) (f32.const -3)))  ;; #359
    (call $pf32 (f32.sub (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #360
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 0)))  ;; #361
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #362
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const -0)))  ;; #363
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #364
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 1)))  ;; #365
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #366
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const -1.5)))  ;; #367
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #368
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 2.5)))  ;; #369
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #370
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const inf)))  ;; #371
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #372
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const -inf)))  ;; #373
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #374
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const nan)))  ;; #375
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #376
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 0x1p-149)))  ;; #377
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #378
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #379
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #380
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const 0.1)))  ;; #381
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #382
    (call $pf32 (f32.sub (f32.const -1.5) (f32.const -3)))  ;; #383
    (call $pf32 (f32.sub (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #384
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 0)))  ;; #385
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #386
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const -0)))  ;; #387
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #388
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 1)))  ;; #389
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #390
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const -1.5)))  ;; #391
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #392
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 2.5)))  ;; #393
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #394
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const inf)))  ;; #395
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #396
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const -inf)))  ;; #397
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #398
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const nan)))  ;; #399
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #400
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 0x1p-149)))  ;; #401
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #402
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #403
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #404
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const 0.1)))  ;; #405
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #406
    (call $pf32 (f32.sub (f32.const 2.5) (f32.const -3)))  ;; #407
    (call $pf32 (f32.sub (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #408
    (call $pf32 (f32.sub (f32.const inf) (f32.const 0)))  ;; #409
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #410
    (call $pf32 (f32.sub (f32.const inf) (f32.const -0)))  ;; #411
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #412
    (call $pf32 (f32.sub (f32.const inf) (f32.const 1)))  ;; #413
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #414
    (call $pf32 (f32.sub (f32.const inf) (f32.const -1.5)))  ;; #415
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #416
    (call $pf32 (f32.sub (f32.const inf) (f32.const 2.5)))  ;; #417
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #418
    (call $pf32 (f32.sub (f32.const inf) (f32.const inf)))  ;; #419
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #420
    (call $pf32 (f32.sub (f32.const inf) (f32.const -inf)))  ;; #421
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #422
    (call $pf32 (f32.sub (f32.const inf) (f32.const nan)))  ;; #423
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #424
    (call $pf32 (f32.sub (f32.const inf) (f32.const 0x1p-149)))  ;; #425
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #426
    (call $pf32 (f32.sub (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #427
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #428
    (call $pf32 (f32.sub (f32.const inf) (f32.const 0.1)))  ;; #429
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #430
    (call $pf32 (f32.sub (f32.const inf) (f32.const -3)))  ;; #431
    (call $pf32 (f32.sub (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #432
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 0)))  ;; #433
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #434
    (call $pf32 (f32.sub (f32.const -inf) (f32.const -0)))  ;; #435
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #436
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 1)))  ;; #437
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #438
    (call $pf32 (f32.sub (f32.const -inf) (f32.const -1.5)))  ;; #439
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #440
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 2.5)))  ;; #441
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #442
    (call $pf32 (f32.sub (f32.const -inf) (f32.const inf)))  ;; #443
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #444
    (call $pf32 (f32.sub (f32.const -inf) (f32.const -inf)))  ;; #445
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #446
    (call $pf32 (f32.sub (f32.const -inf) (f32.const nan)))  ;; #447
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #448
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 0x1p-149)))  ;; #449
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #450
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #451
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #452
    (call $pf32 (f32.sub (f32.const -inf) (f32.const 0.1)))  ;; #453
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #454
    (call $pf32 (f32.sub (f32.const -inf) (f32.const -3)))  ;; #455
    (call $pf32 (f32.sub (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #456
    (call $pf32 (f32.sub (f32.const nan) (f32.const 0)))  ;; #457
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #458
    (call $pf32 (f32.sub (f32.const nan) (f32.const -0)))  ;; #459
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #460
    (call $pf32 (f32.sub (f32.const nan) (f32.const 1)))  ;; #461
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #462
    (call $pf32 (f32.sub (f32.const nan) (f32.const -1.5)))  ;; #463
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #464
    (call $pf32 (f32.sub (f32.const nan) (f32.const 2.5)))  ;; #465
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #466
    (call $pf32 (f32.sub (f32.const nan) (f32.const inf)))  ;; #467
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #468
    (call $pf32 (f32.sub (f32.const nan) (f32.const -inf)))  ;; #469
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #470
    (call $pf32 (f32.sub (f32.const nan) (f32.const nan)))  ;; #471
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #472
    (call $pf32 (f32.sub (f32.const nan) (f32.const 0x1p-149)))  ;; #473
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #474
    (call $pf32 (f32.sub (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #475
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #476
    (call $pf32 (f32.sub (f32.const nan) (f32.const 0.1)))  ;; #477
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #478
    (call $pf32 (f32.sub (f32.const nan) (f32.const -3)))  ;; #479
    (call $pf32 (f32.sub (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #480
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 0)))  ;; #481
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #482
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const -0)))  ;; #483
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #484
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 1)))  ;; #485
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #486
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const -1.5)))  ;; #487
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #488
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 2.5)))  ;; #489
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #490
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const inf)))  ;; #491
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #492
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const -inf)))  ;; #493
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #494
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const nan)))  ;; #495
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #496
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #497
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #498
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #499
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #500
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const 0.1)))  ;; #501
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #502
    (call $pf32 (f32.sub (f32.const 0x1p-149) (f32.const -3)))  ;; #503
    (call $pf32 (f32.sub (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #504
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #505
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #506
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #507
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #508
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #509
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #510
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #511
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #512
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #513
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #514
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #515
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #516
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #517
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #518
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #519
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #520
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #521
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #522
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #523
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #524
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #525
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #526
    (call $pf32 (f32.sub (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #527
    (call $pf32 (f32.sub (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #528
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 0)))  ;; #529
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #530
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const -0)))  ;; #531
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #532
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 1)))  ;; #533
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #534
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const -1.5)))  ;; #535
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #536
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 2.5)))  ;; #537
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #538
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const inf)))  ;; #539
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #540
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const -inf)))  ;; #541
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #542
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const nan)))  ;; #543
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #544
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 0x1p-149)))  ;; #545
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #546
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #547
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #548
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const 0.1)))  ;; #549
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #550
    (call $pf32 (f32.sub (f32.const 0.1) (f32.const -3)))  ;; #551
    (call $pf32 (f32.sub (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #552
    (call $pf32 (f32.sub (f32.const -3) (f32.const 0)))  ;; #553
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #554
    (call $pf32 (f32.sub (f32.const -3) (f32.const -0)))  ;; #555
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #556
    (call $pf32 (f32.sub (f32.const -3) (f32.const 1)))  ;; #557
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #558
    (call $pf32 (f32.sub (f32.const -3) (f32.const -1.5)))  ;; #559
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #560
    (call $pf32 (f32.sub (f32.const -3) (f32.const 2.5)))  ;; #561
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #562
    (call $pf32 (f32.sub (f32.const -3) (f32.const inf)))  ;; #563
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #564
    (call $pf32 (f32.sub (f32.const -3) (f32.const -inf)))  ;; #565
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #566
    (call $pf32 (f32.sub (f32.const -3) (f32.const nan)))  ;; #567
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #568
    (call $pf32 (f32.sub (f32.const -3) (f32.const 0x1p-149)))  ;; #569
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #570
    (call $pf32 (f32.sub (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #571
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #572
    (call $pf32 (f32.sub (f32.const -3) (f32.const 0.1)))  ;; #573
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #574
    (call $pf32 (f32.sub (f32.const -3) (f32.const -3)))  ;; #575
    (call $pf32 (f32.sub (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #576
    (call $pf32 (f32.mul (f32.const 0) (f32.const 0)))  ;; #577
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #578
    (call $pf32 (f32.mul (f32.const 0) (f32.const -0)))  ;; #579
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #580
    (call $pf32 (f32.mul (f32.const 0) (f32.const 1)))  ;; #581
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #582
    (call $pf32 (f32.mul (f32.const 0) (f32.const -1.5)))  ;; #583
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #584
    (call $pf32 (f32.mul (f32.const 0) (f32.const 2.5)))  ;; #585
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #586
    (call $pf32 (f32.mul (f32.const 0) (f32.const inf)))  ;; #587
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #588
    (call $pf32 (f32.mul (f32.const 0) (f32.const -inf)))  ;; #589
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #590
    (call $pf32 (f32.mul (f32.const 0) (f32.const nan)))  ;; #591
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #592
    (call $pf32 (f32.mul (f32.const 0) (f32.const 0x1p-149)))  ;; #593
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #594
    (call $pf32 (f32.mul (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #595
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #596
    (call $pf32 (f32.mul (f32.const 0) (f32.const 0.1)))  ;; #597
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #598
    (call $pf32 (f32.mul (f32.const 0) (f32.const -3)))  ;; #599
    (call $pf32 (f32.mul (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #600
    (call $pf32 (f32.mul (f32.const -0) (f32.const 0)))  ;; #601
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #602
    (call $pf32 (f32.mul (f32.const -0) (f32.const -0)))  ;; #603
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #604
    (call $pf32 (f32.mul (f32.const -0) (f32.const 1)))  ;; #605
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #606
    (call $pf32 (f32.mul (f32.const -0) (f32.const -1.5)))  ;; #607
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #608
    (call $pf32 (f32.mul (f32.const -0) (f32.const 2.5)))  ;; #609
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #610
    (call $pf32 (f32.mul (f32.const -0) (f32.const inf)))  ;; #611
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #612
    (call $pf32 (f32.mul (f32.const -0) (f32.const -inf)))  ;; #613
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #614
    (call $pf32 (f32.mul (f32.const -0) (f32.const nan)))  ;; #615
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #616
    (call $pf32 (f32.mul (f32.const -0) (f32.const 0x1p-149)))  ;; #617
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #618
    (call $pf32 (f32.mul (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #619
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #620
    (call $pf32 (f32.mul (f32.const -0) (f32.const 0.1)))  ;; #621
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #622
    (call $pf32 (f32.mul (f32.const -0) (f32.const -3)))  ;; #623
    (call $pf32 (f32.mul (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #624
    (call $pf32 (f32.mul (f32.const 1) (f32.const 0)))  ;; #625
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #626
    (call $pf32 (f32.mul (f32.const 1) (f32.const -0)))  ;; #627
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #628
    (call $pf32 (f32.mul (f32.const 1) (f32.const 1)))  ;; #629
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #630
    (call $pf32 (f32.mul (f32.const 1) (f32.const -1.5)))  ;; #631
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #632
    (call $pf32 (f32.mul (f32.const 1) (f32.const 2.5)))  ;; #633
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #634
    (call $pf32 (f32.mul (f32.const 1) (f32.const inf)))  ;; #635
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #636
    (call $pf32 (f32.mul (f32.const 1) (f32.const -inf)))  ;; #637
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #638
    (call $pf32 (f32.mul (f32.const 1) (f32.const nan)))  ;; #639
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #640
    (call $pf32 (f32.mul (f32.const 1) (f32.const 0x1p-149)))  ;; #641
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #642
    (call $pf32 (f32.mul (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #643
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #644
    (call $pf32 (f32.mul (f32.const 1) (f32.const 0.1)))  ;; #645
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #646
    (call $pf32 (f32.mul (f32.const 1) (f32.const -3)))  ;; #647
    (call $pf32 (f32.mul (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #648
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 0)))  ;; #649
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #650
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const -0)))  ;; #651
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #652
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 1)))  ;; #653
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #654
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const -1.5)))  ;; #655
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #656
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 2.5)))  ;; #657
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #658
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const inf)))  ;; #659
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #660
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const -inf)))  ;; #661
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #662
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const nan)))  ;; #663
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #664
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 0x1p-149)))  ;; #665
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #666
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #667
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #668
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const 0.1)))  ;; #669
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #670
    (call $pf32 (f32.mul (f32.const -1.5) (f32.const -3)))  ;; #671
    (call $pf32 (f32.mul (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #672
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 0)))  ;; #673
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #674
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const -0)))  ;; #675
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #676
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 1)))  ;; #677
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #678
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const -1.5)))  ;; #679
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #680
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 2.5)))  ;; #681
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #682
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const inf)))  ;; #683
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #684
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const -inf)))  ;; #685
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #686
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const nan)))  ;; #687
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #688
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 0x1p-149)))  ;; #689
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #690
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #691
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #692
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const 0.1)))  ;; #693
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #694
    (call $pf32 (f32.mul (f32.const 2.5) (f32.const -3)))  ;; #695
    (call $pf32 (f32.mul (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #696
    (call $pf32 (f32.mul (f32.const inf) (f32.const 0)))  ;; #697
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #698
    (call $pf32 (f32.mul (f32.const inf) (f32.const -0)))  ;; #699
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #700
    (call $pf32 (f32.mul (f32.const inf) (f32.const 1)))  ;; #701
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #702
    (call $pf32 (f32.mul (f32.const inf) (f32.const -1.5)))  ;; #703
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #704
    (call $pf32 (f32.mul (f32.const inf) (f32.const 2.5)))  ;; #705
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #706
    (call $pf32 (f32.mul (f32.const inf) (f32.const inf)))  ;; #707
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #708
    (call $pf32 (f32.mul (f32.const inf) (f32.const -inf)))  ;; #709
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #710
    (call $pf32 (f32.mul (f32.const inf) (f32.const nan)))  ;; #711
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #712
    (call $pf32 (f32.mul (f32.const inf) (f32.const 0x1p-149)))  ;; #713
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #714
    (call $pf32 (f32.mul (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #715
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #716
    (call $pf32 (f32.mul (f32.const inf) (f32.const 0.1)))  ;; #717
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #718
    (call $pf32 (f32.mul (f32.const inf) (f32.const -3)))  ;; #719
    (call $pf32 (f32.mul (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #720
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 0)))  ;; #721
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #722
    (call $pf32 (f32.mul (f32.const -inf) (f32.const -0)))  ;; #723
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #724
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 1)))  ;; #725
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #726
    (call $pf32 (f32.mul (f32.const -inf) (f32.const -1.5)))  ;; #727
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #728
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 2.5)))  ;; #729
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #730
    (call $pf32 (f32.mul (f32.const -inf) (f32.const inf)))  ;; #731
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #732
    (call $pf32 (f32.mul (f32.const -inf) (f32.const -inf)))  ;; #733
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #734
    (call $pf32 (f32.mul (f32.const -inf) (f32.const nan)))  ;; #735
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #736
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 0x1p-149)))  ;; #737
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #738
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #739
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #740
    (call $pf32 (f32.mul (f32.const -inf) (f32.const 0.1)))  ;; #741
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #742
    (call $pf32 (f32.mul (f32.const -inf) (f32.const -3)))  ;; #743
    (call $pf32 (f32.mul (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #744
    (call $pf32 (f32.mul (f32.const nan) (f32.const 0)))  ;; #745
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #746
    (call $pf32 (f32.mul (f32.const nan) (f32.const -0)))  ;; #747
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #748
    (call $pf32 (f32.mul (f32.const nan) (f32.const 1)))  ;; #749
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #750
    (call $pf32 (f32.mul (f32.const nan) (f32.const -1.5)))  ;; #751
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #752
    (call $pf32 (f32.mul (f32.const nan) (f32.const 2.5)))  ;; #753
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #754
    (call $pf32 (f32.mul (f32.const nan) (f32.const inf)))  ;; #755
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #756
    (call $pf32 (f32.mul (f32.const nan) (f32.const -inf)))  ;; #757
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #758
    (call $pf32 (f32.mul (f32.const nan) (f32.const nan)))  ;; #759
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #760
    (call $pf32 (f32.mul (f32.const nan) (f32.const 0x1p-149)))  ;; #761
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #762
    (call $pf32 (f32.mul (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #763
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #764
    (call $pf32 (f32.mul (f32.const nan) (f32.const 0.1)))  ;; #765
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #766
    (call $pf32 (f32.mul (f32.const nan) (f32.const -3)))  ;; #767
    (call $pf32 (f32.mul (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #768
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 0)))  ;; #769
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #770
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const -0)))  ;; #771
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #772
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 1)))  ;; #773
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #774
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const -1.5)))  ;; #775
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #776
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 2.5)))  ;; #777
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #778
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const inf)))  ;; #779
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #780
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const -inf)))  ;; #781
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #782
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const nan)))  ;; #783
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #784
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #785
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #786
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #787
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #788
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const 0.1)))  ;; #789
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #790
    (call $pf32 (f32.mul (f32.const 0x1p-149) (f32.const -3)))  ;; #791
    (call $pf32 (f32.mul (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #792
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #793
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #794
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #795
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #796
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #797
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #798
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #799
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #800
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #801
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #802
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #803
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #804
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #805
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #806
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #807
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #808
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #809
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #810
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #811
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #812
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #813
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #814
    (call $pf32 (f32.mul (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #815
    (call $pf32 (f32.mul (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #816
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 0)))  ;; #817
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #818
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const -0)))  ;; #819
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #820
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 1)))  ;; #821
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #822
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const -1.5)))  ;; #823
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #824
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 2.5)))  ;; #825
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #826
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const inf)))  ;; #827
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #828
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const -inf)))  ;; #829
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #830
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const nan)))  ;; #831
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #832
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 0x1p-149)))  ;; #833
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #834
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #835
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #836
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const 0.1)))  ;; #837
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #838
    (call $pf32 (f32.mul (f32.const 0.1) (f32.const -3)))  ;; #839
    (call $pf32 (f32.mul (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #840
    (call $pf32 (f32.mul (f32.const -3) (f32.const 0)))  ;; #841
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #842
    (call $pf32 (f32.mul (f32.const -3) (f32.const -0)))  ;; #843
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #844
    (call $pf32 (f32.mul (f32.const -3) (f32.const 1)))  ;; #845
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #846
    (call $pf32 (f32.mul (f32.const -3) (f32.const -1.5)))  ;; #847
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #848
    (call $pf32 (f32.mul (f32.const -3) (f32.const 2.5)))  ;; #849
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #850
    (call $pf32 (f32.mul (f32.const -3) (f32.const inf)))  ;; #851
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #852
    (call $pf32 (f32.mul (f32.const -3) (f32.const -inf)))  ;; #853
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #854
    (call $pf32 (f32.mul (f32.const -3) (f32.const nan)))  ;; #855
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #856
    (call $pf32 (f32.mul (f32.const -3) (f32.const 0x1p-149)))  ;; #857
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #858
    (call $pf32 (f32.mul (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #859
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #860
    (call $pf32 (f32.mul (f32.const -3) (f32.const 0.1)))  ;; #861
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #862
    (call $pf32 (f32.mul (f32.const -3) (f32.const -3)))  ;; #863
    (call $pf32 (f32.mul (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #864
    (call $pf32 (f32.div (f32.const 0) (f32.const 0)))  ;; #865
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #866
    (call $pf32 (f32.div (f32.const 0) (f32.const -0)))  ;; #867
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #868
    (call $pf32 (f32.div (f32.const 0) (f32.const 1)))  ;; #869
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #870
    (call $pf32 (f32.div (f32.const 0) (f32.const -1.5)))  ;; #871
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #872
    (call $pf32 (f32.div (f32.const 0) (f32.const 2.5)))  ;; #873
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #874
    (call $pf32 (f32.div (f32.const 0) (f32.const inf)))  ;; #875
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #876
    (call $pf32 (f32.div (f32.const 0) (f32.const -inf)))  ;; #877
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #878
    (call $pf32 (f32.div (f32.const 0) (f32.const nan)))  ;; #879
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #880
    (call $pf32 (f32.div (f32.const 0) (f32.const 0x1p-149)))  ;; #881
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #882
    (call $pf32 (f32.div (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #883
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #884
    (call $pf32 (f32.div (f32.const 0) (f32.const 0.1)))  ;; #885
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #886
    (call $pf32 (f32.div (f32.const 0) (f32.const -3)))  ;; #887
    (call $pf32 (f32.div (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #888
    (call $pf32 (f32.div (f32.const -0) (f32.const 0)))  ;; #889
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #890
    (call $pf32 (f32.div (f32.const -0) (f32.const -0)))  ;; #891
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #892
    (call $pf32 (f32.div (f32.const -0) (f32.const 1)))  ;; #893
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #894
    (call $pf32 (f32.div (f32.const -0) (f32.const -1.5)))  ;; #895
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #896
    (call $pf32 (f32.div (f32.const -0) (f32.const 2.5)))  ;; #897
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #898
    (call $pf32 (f32.div (f32.const -0) (f32.const inf)))  ;; #899
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #900
    (call $pf32 (f32.div (f32.const -0) (f32.const -inf)))  ;; #901
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #902
    (call $pf32 (f32.div (f32.const -0) (f32.const nan)))  ;; #903
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #904
    (call $pf32 (f32.div (f32.const -0) (f32.const 0x1p-149)))  ;; #905
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #906
    (call $pf32 (f32.div (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #907
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #908
    (call $pf32 (f32.div (f32.const -0) (f32.const 0.1)))  ;; #909
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #910
    (call $pf32 (f32.div (f32.const -0) (f32.const -3)))  ;; #911
    (call $pf32 (f32.div (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #912
    (call $pf32 (f32.div (f32.const 1) (f32.const 0)))  ;; #913
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #914
    (call $pf32 (f32.div (f32.const 1) (f32.const -0)))  ;; #915
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #916
    (call $pf32 (f32.div (f32.const 1) (f32.const 1)))  ;; #917
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #918
    (call $pf32 (f32.div (f32.const 1) (f32.const -1.5)))  ;; #919
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #920
    (call $pf32 (f32.div (f32.const 1) (f32.const 2.5)))  ;; #921
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #922
    (call $pf32 (f32.div (f32.const 1) (f32.const inf)))  ;; #923
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #924
    (call $pf32 (f32.div (f32.const 1) (f32.const -inf)))  ;; #925
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #926
    (call $pf32 (f32.div (f32.const 1) (f32.const nan)))  ;; #927
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #928
    (call $pf32 (f32.div (f32.const 1) (f32.const 0x1p-149)))  ;; #929
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #930
    (call $pf32 (f32.div (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #931
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #932
    (call $pf32 (f32.div (f32.const 1) (f32.const 0.1)))  ;; #933
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #934
    (call $pf32 (f32.div (f32.const 1) (f32.const -3)))  ;; #935
    (call $pf32 (f32.div (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #936
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 0)))  ;; #937
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #938
    (call $pf32 (f32.div (f32.const -1.5) (f32.const -0)))  ;; #939
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #940
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 1)))  ;; #941
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #942
    (call $pf32 (f32.div (f32.const -1.5) (f32.const -1.5)))  ;; #943
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #944
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 2.5)))  ;; #945
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #946
    (call $pf32 (f32.div (f32.const -1.5) (f32.const inf)))  ;; #947
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #948
    (call $pf32 (f32.div (f32.const -1.5) (f32.const -inf)))  ;; #949
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #950
    (call $pf32 (f32.div (f32.const -1.5) (f32.const nan)))  ;; #951
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #952
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 0x1p-149)))  ;; #953
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #954
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #955
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #956
    (call $pf32 (f32.div (f32.const -1.5) (f32.const 0.1)))  ;; #957
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #958
    (call $pf32 (f32.div (f32.const -1.5) (f32.const -3)))  ;; #959
    (call $pf32 (f32.div (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #960
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 0)))  ;; #961
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #962
    (call $pf32 (f32.div (f32.const 2.5) (f32.const -0)))  ;; #963
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #964
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 1)))  ;; #965
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #966
    (call $pf32 (f32.div (f32.const 2.5) (f32.const -1.5)))  ;; #967
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #968
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 2.5)))  ;; #969
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #970
    (call $pf32 (f32.div (f32.const 2.5) (f32.const inf)))  ;; #971
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #972
    (call $pf32 (f32.div (f32.const 2.5) (f32.const -inf)))  ;; #973
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #974
    (call $pf32 (f32.div (f32.const 2.5) (f32.const nan)))  ;; #975
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #976
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 0x1p-149)))  ;; #977
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #978
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #979
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #980
    (call $pf32 (f32.div (f32.const 2.5) (f32.const 0.1)))  ;; #981
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #982
    (call $pf32 (f32.div (f32.const 2.5) (f32.const -3)))  ;; #983
    (call $pf32 (f32.div (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #984
    (call $pf32 (f32.div (f32.const inf) (f32.const 0)))  ;; #985
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #986
    (call $pf32 (f32.div (f32.const inf) (f32.const -0)))  ;; #987
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #988
    (call $pf32 (f32.div (f32.const inf) (f32.const 1)))  ;; #989
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #990
    (call $pf32 (f32.div (f32.const inf) (f32.const -1.5)))  ;; #991
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #992
    (call $pf32 (f32.div (f32.const inf) (f32.const 2.5)))  ;; #993
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #994
    (call $pf32 (f32.div (f32.const inf) (f32.const inf)))  ;; #995
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #996
    (call $pf32 (f32.div (f32.const inf) (f32.const -inf)))  ;; #997
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #998
    (call $pf32 (f32.div (f32.const inf) (f32.const nan)))  ;; #999
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #1000
    (call $pf32 (f32.div (f32.const inf) (f32.const 0x1p-149)))  ;; #1001
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #1002
    (call $pf32 (f32.div (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #1003
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1004
    (call $pf32 (f32.div (f32.const inf) (f32.const 0.1)))  ;; #1005
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #1006
    (call $pf32 (f32.div (f32.const inf) (f32.const -3)))  ;; #1007
    (call $pf32 (f32.div (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #1008
    (call $pf32 (f32.div (f32.const -inf) (f32.const 0)))  ;; #1009
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #1010
    (call $pf32 (f32.div (f32.const -inf) (f32.const -0)))  ;; #1011
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #1012
    (call $pf32 (f32.div (f32.const -inf) (f32.const 1)))  ;; #1013
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #1014
    (call $pf32 (f32.div (f32.const -inf) (f32.const -1.5)))  ;; #1015
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #1016
    (call $pf32 (f32.div (f32.const -inf) (f32.const 2.5)))  ;; #1017
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #1018
    (call $pf32 (f32.div (f32.const -inf) (f32.const inf)))  ;; #1019
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #1020
    (call $pf32 (f32.div (f32.const -inf) (f32.const -inf)))  ;; #1021
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #1022
    (call $pf32 (f32.div (f32.const -inf) (f32.const nan)))  ;; #1023
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #1024
    (call $pf32 (f32.div (f32.const -inf) (f32.const 0x1p-149)))  ;; #1025
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #1026
    (call $pf32 (f32.div (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #1027
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1028
    (call $pf32 (f32.div (f32.const -inf) (f32.const 0.1)))  ;; #1029
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #1030
    (call $pf32 (f32.div (f32.const -inf) (f32.const -3)))  ;; #1031
    (call $pf32 (f32.div (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #1032
    (call $pf32 (f32.div (f32.const nan) (f32.const 0)))  ;; #1033
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #1034
    (call $pf32 (f32.div (f32.const nan) (f32.const -0)))  ;; #1035
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #1036
    (call $pf32 (f32.div (f32.const nan) (f32.const 1)))  ;; #1037
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #1038
    (call $pf32 (f32.div (f32.const nan) (f32.const -1.5)))  ;; #1039
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #1040
    (call $pf32 (f32.div (f32.const nan) (f32.const 2.5)))  ;; #1041
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #1042
    (call $pf32 (f32.div (f32.const nan) (f32.const inf)))  ;; #1043
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #1044
    (call $pf32 (f32.div (f32.const nan) (f32.const -inf)))  ;; #1045
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #1046
    (call $pf32 (f32.div (f32.const nan) (f32.const nan)))  ;; #1047
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #1048
    (call $pf32 (f32.div (f32.const nan) (f32.const 0x1p-149)))  ;; #1049
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #1050
    (call $pf32 (f32.div (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #1051
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1052
    (call $pf32 (f32.div (f32.const nan) (f32.const 0.1)))  ;; #1053
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #1054
    (call $pf32 (f32.div (f32.const nan) (f32.const -3)))  ;; #1055
    (call $pf32 (f32.div (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #1056
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 0)))  ;; #1057
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #1058
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const -0)))  ;; #1059
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #1060
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 1)))  ;; #1061
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #1062
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const -1.5)))  ;; #1063
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #1064
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 2.5)))  ;; #1065
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #1066
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const inf)))  ;; #1067
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #1068
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const -inf)))  ;; #1069
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #1070
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const nan)))  ;; #1071
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #1072
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #1073
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #1074
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #1075
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1076
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const 0.1)))  ;; #1077
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #1078
    (call $pf32 (f32.div (f32.const 0x1p-149) (f32.const -3)))  ;; #1079
    (call $pf32 (f32.div (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #1080
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #1081
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #1082
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #1083
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #1084
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #1085
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #1086
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #1087
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #1088
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #1089
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #1090
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #1091
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #1092
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #1093
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #1094
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #1095
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #1096
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #1097
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #1098
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #1099
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1100
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #1101
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #1102
    (call $pf32 (f32.div (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #1103
    (call $pf32 (f32.div (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #1104
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 0)))  ;; #1105
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #1106
    (call $pf32 (f32.div (f32.const 0.1) (f32.const -0)))  ;; #1107
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #1108
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 1)))  ;; #1109
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #1110
    (call $pf32 (f32.div (f32.const 0.1) (f32.const -1.5)))  ;; #1111
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #1112
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 2.5)))  ;; #1113
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #1114
    (call $pf32 (f32.div (f32.const 0.1) (f32.const inf)))  ;; #1115
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #1116
    (call $pf32 (f32.div (f32.const 0.1) (f32.const -inf)))  ;; #1117
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #1118
    (call $pf32 (f32.div (f32.const 0.1) (f32.const nan)))  ;; #1119
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #1120
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 0x1p-149)))  ;; #1121
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #1122
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #1123
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1124
    (call $pf32 (f32.div (f32.const 0.1) (f32.const 0.1)))  ;; #1125
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #1126
    (call $pf32 (f32.div (f32.const 0.1) (f32.const -3)))  ;; #1127
    (call $pf32 (f32.div (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #1128
    (call $pf32 (f32.div (f32.const -3) (f32.const 0)))  ;; #1129
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #1130
    (call $pf32 (f32.div (f32.const -3) (f32.const -0)))  ;; #1131
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #1132
    (call $pf32 (f32.div (f32.const -3) (f32.const 1)))  ;; #1133
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #1134
    (call $pf32 (f32.div (f32.const -3) (f32.const -1.5)))  ;; #1135
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #1136
    (call $pf32 (f32.div (f32.const -3) (f32.const 2.5)))  ;; #1137
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #1138
    (call $pf32 (f32.div (f32.const -3) (f32.const inf)))  ;; #1139
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #1140
    (call $pf32 (f32.div (f32.const -3) (f32.const -inf)))  ;; #1141
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #1142
    (call $pf32 (f32.div (f32.const -3) (f32.const nan)))  ;; #1143
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #1144
    (call $pf32 (f32.div (f32.const -3) (f32.const 0x1p-149)))  ;; #1145
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #1146
    (call $pf32 (f32.div (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #1147
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1148
    (call $pf32 (f32.div (f32.const -3) (f32.const 0.1)))  ;; #1149
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #1150
    (call $pf32 (f32.div (f32.const -3) (f32.const -3)))  ;; #1151
    (call $pf32 (f32.div (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #1152
    (call $pf32 (f32.min (f32.const 0) (f32.const 0)))  ;; #1153
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #1154
    (call $pf32 (f32.min (f32.const 0) (f32.const -0)))  ;; #1155
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #1156
    (call $pf32 (f32.min (f32.const 0) (f32.const 1)))  ;; #1157
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #1158
    (call $pf32 (f32.min (f32.const 0) (f32.const -1.5)))  ;; #1159
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #1160
    (call $pf32 (f32.min (f32.const 0) (f32.const 2.5)))  ;; #1161
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #1162
    (call $pf32 (f32.min (f32.const 0) (f32.const inf)))  ;; #1163
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #1164
    (call $pf32 (f32.min (f32.const 0) (f32.const -inf)))  ;; #1165
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #1166
    (call $pf32 (f32.min (f32.const 0) (f32.const nan)))  ;; #1167
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #1168
    (call $pf32 (f32.min (f32.const 0) (f32.const 0x1p-149)))  ;; #1169
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #1170
    (call $pf32 (f32.min (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #1171
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1172
    (call $pf32 (f32.min (f32.const 0) (f32.const 0.1)))  ;; #1173
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #1174
    (call $pf32 (f32.min (f32.const 0) (f32.const -3)))  ;; #1175
    (call $pf32 (f32.min (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #1176
    (call $pf32 (f32.min (f32.const -0) (f32.const 0)))  ;; #1177
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #1178
    (call $pf32 (f32.min (f32.const -0) (f32.const -0)))  ;; #1179
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #1180
    (call $pf32 (f32.min (f32.const -0) (f32.const 1)))  ;; #1181
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #1182
    (call $pf32 (f32.min (f32.const -0) (f32.const -1.5)))  ;; #1183
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #1184
    (call $pf32 (f32.min (f32.const -0) (f32.const 2.5)))  ;; #1185
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #1186
    (call $pf32 (f32.min (f32.const -0) (f32.const inf)))  ;; #1187
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #1188
    (call $pf32 (f32.min (f32.const -0) (f32.const -inf)))  ;; #1189
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #1190
    (call $pf32 (f32.min (f32.const -0) (f32.const nan)))  ;; #1191
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #1192
    (call $pf32 (f32.min (f32.const -0) (f32.const 0x1p-149)))  ;; #1193
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #1194
    (call $pf32 (f32.min (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #1195
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1196
    (call $pf32 (f32.min (f32.const -0) (f32.const 0.1)))  ;; #1197
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #1198
    (call $pf32 (f32.min (f32.const -0) (f32.const -3)))  ;; #1199
    (call $pf32 (f32.min (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #1200
    (call $pf32 (f32.min (f32.const 1) (f32.const 0)))  ;; #1201
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #1202
    (call $pf32 (f32.min (f32.const 1) (f32.const -0)))  ;; #1203
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #1204
    (call $pf32 (f32.min (f32.const 1) (f32.const 1)))  ;; #1205
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #1206
    (call $pf32 (f32.min (f32.const 1) (f32.const -1.5)))  ;; #1207
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #1208
    (call $pf32 (f32.min (f32.const 1) (f32.const 2.5)))  ;; #1209
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #1210
    (call $pf32 (f32.min (f32.const 1) (f32.const inf)))  ;; #1211
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #1212
    (call $pf32 (f32.min (f32.const 1) (f32.const -inf)))  ;; #1213
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #1214
    (call $pf32 (f32.min (f32.const 1) (f32.const nan)))  ;; #1215
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #1216
    (call $pf32 (f32.min (f32.const 1) (f32.const 0x1p-149)))  ;; #1217
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #1218
    (call $pf32 (f32.min (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #1219
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1220
    (call $pf32 (f32.min (f32.const 1) (f32.const 0.1)))  ;; #1221
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #1222
    (call $pf32 (f32.min (f32.const 1) (f32.const -3)))  ;; #1223
    (call $pf32 (f32.min (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #1224
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 0)))  ;; #1225
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #1226
    (call $pf32 (f32.min (f32.const -1.5) (f32.const -0)))  ;; #1227
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #1228
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 1)))  ;; #1229
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #1230
    (call $pf32 (f32.min (f32.const -1.5) (f32.const -1.5)))  ;; #1231
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #1232
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 2.5)))  ;; #1233
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #1234
    (call $pf32 (f32.min (f32.const -1.5) (f32.const inf)))  ;; #1235
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #1236
    (call $pf32 (f32.min (f32.const -1.5) (f32.const -inf)))  ;; #1237
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #1238
    (call $pf32 (f32.min (f32.const -1.5) (f32.const nan)))  ;; #1239
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #1240
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 0x1p-149)))  ;; #1241
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #1242
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #1243
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1244
    (call $pf32 (f32.min (f32.const -1.5) (f32.const 0.1)))  ;; #1245
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #1246
    (call $pf32 (f32.min (f32.const -1.5) (f32.const -3)))  ;; #1247
    (call $pf32 (f32.min (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #1248
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 0)))  ;; #1249
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #1250
    (call $pf32 (f32.min (f32.const 2.5) (f32.const -0)))  ;; #1251
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #1252
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 1)))  ;; #1253
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #1254
    (call $pf32 (f32.min (f32.const 2.5) (f32.const -1.5)))  ;; #1255
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #1256
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 2.5)))  ;; #1257
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #1258
    (call $pf32 (f32.min (f32.const 2.5) (f32.const inf)))  ;; #1259
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #1260
    (call $pf32 (f32.min (f32.const 2.5) (f32.const -inf)))  ;; #1261
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #1262
    (call $pf32 (f32.min (f32.const 2.5) (f32.const nan)))  ;; #1263
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #1264
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 0x1p-149)))  ;; #1265
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #1266
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #1267
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1268
    (call $pf32 (f32.min (f32.const 2.5) (f32.const 0.1)))  ;; #1269
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #1270
    (call $pf32 (f32.min (f32.const 2.5) (f32.const -3)))  ;; #1271
    (call $pf32 (f32.min (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #1272
    (call $pf32 (f32.min (f32.const inf) (f32.const 0)))  ;; #1273
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #1274
    (call $pf32 (f32.min (f32.const inf) (f32.const -0)))  ;; #1275
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #1276
    (call $pf32 (f32.min (f32.const inf) (f32.const 1)))  ;; #1277
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #1278
    (call $pf32 (f32.min (f32.const inf) (f32.const -1.5)))  ;; #1279
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #1280
    (call $pf32 (f32.min (f32.const inf) (f32.const 2.5)))  ;; #1281
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #1282
    (call $pf32 (f32.min (f32.const inf) (f32.const inf)))  ;; #1283
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #1284
    (call $pf32 (f32.min (f32.const inf) (f32.const -inf)))  ;; #1285
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #1286
    (call $pf32 (f32.min (f32.const inf) (f32.const nan)))  ;; #1287
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #1288
    (call $pf32 (f32.min (f32.const inf) (f32.const 0x1p-149)))  ;; #1289
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #1290
    (call $pf32 (f32.min (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #1291
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1292
    (call $pf32 (f32.min (f32.const inf) (f32.const 0.1)))  ;; #1293
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #1294
    (call $pf32 (f32.min (f32.const inf) (f32.const -3)))  ;; #1295
    (call $pf32 (f32.min (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #1296
    (call $pf32 (f32.min (f32.const -inf) (f32.const 0)))  ;; #1297
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #1298
    (call $pf32 (f32.min (f32.const -inf) (f32.const -0)))  ;; #1299
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #1300
    (call $pf32 (f32.min (f32.const -inf) (f32.const 1)))  ;; #1301
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #1302
    (call $pf32 (f32.min (f32.const -inf) (f32.const -1.5)))  ;; #1303
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #1304
    (call $pf32 (f32.min (f32.const -inf) (f32.const 2.5)))  ;; #1305
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #1306
    (call $pf32 (f32.min (f32.const -inf) (f32.const inf)))  ;; #1307
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #1308
    (call $pf32 (f32.min (f32.const -inf) (f32.const -inf)))  ;; #1309
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #1310
    (call $pf32 (f32.min (f32.const -inf) (f32.const nan)))  ;; #1311
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #1312
    (call $pf32 (f32.min (f32.const -inf) (f32.const 0x1p-149)))  ;; #1313
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #1314
    (call $pf32 (f32.min (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #1315
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1316
    (call $pf32 (f32.min (f32.const -inf) (f32.const 0.1)))  ;; #1317
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #1318
    (call $pf32 (f32.min (f32.const -inf) (f32.const -3)))  ;; #1319
    (call $pf32 (f32.min (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #1320
    (call $pf32 (f32.min (f32.const nan) (f32.const 0)))  ;; #1321
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #1322
    (call $pf32 (f32.min (f32.const nan) (f32.const -0)))  ;; #1323
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #1324
    (call $pf32 (f32.min (f32.const nan) (f32.const 1)))  ;; #1325
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #1326
    (call $pf32 (f32.min (f32.const nan) (f32.const -1.5)))  ;; #1327
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #1328
    (call $pf32 (f32.min (f32.const nan) (f32.const 2.5)))  ;; #1329
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #1330
    (call $pf32 (f32.min (f32.const nan) (f32.const inf)))  ;; #1331
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #1332
    (call $pf32 (f32.min (f32.const nan) (f32.const -inf)))  ;; #1333
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #1334
    (call $pf32 (f32.min (f32.const nan) (f32.const nan)))  ;; #1335
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #1336
    (call $pf32 (f32.min (f32.const nan) (f32.const 0x1p-149)))  ;; #1337
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #1338
    (call $pf32 (f32.min (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #1339
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1340
    (call $pf32 (f32.min (f32.const nan) (f32.const 0.1)))  ;; #1341
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #1342
    (call $pf32 (f32.min (f32.const nan) (f32.const -3)))  ;; #1343
    (call $pf32 (f32.min (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #1344
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 0)))  ;; #1345
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #1346
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const -0)))  ;; #1347
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #1348
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 1)))  ;; #1349
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #1350
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const -1.5)))  ;; #1351
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #1352
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 2.5)))  ;; #1353
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #1354
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const inf)))  ;; #1355
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #1356
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const -inf)))  ;; #1357
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #1358
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const nan)))  ;; #1359
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #1360
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #1361
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #1362
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #1363
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1364
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const 0.1)))  ;; #1365
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #1366
    (call $pf32 (f32.min (f32.const 0x1p-149) (f32.const -3)))  ;; #1367
    (call $pf32 (f32.min (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #1368
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #1369
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #1370
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #1371
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #1372
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #1373
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #1374
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #1375
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #1376
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #1377
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #1378
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #1379
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #1380
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #1381
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #1382
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #1383
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #1384
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #1385
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #1386
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #1387
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1388
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #1389
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #1390
    (call $pf32 (f32.min (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #1391
    (call $pf32 (f32.min (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #1392
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 0)))  ;; #1393
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #1394
    (call $pf32 (f32.min (f32.const 0.1) (f32.const -0)))  ;; #1395
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #1396
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 1)))  ;; #1397
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #1398
    (call $pf32 (f32.min (f32.const 0.1) (f32.const -1.5)))  ;; #1399
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #1400
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 2.5)))  ;; #1401
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #1402
    (call $pf32 (f32.min (f32.const 0.1) (f32.const inf)))  ;; #1403
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #1404
    (call $pf32 (f32.min (f32.const 0.1) (f32.const -inf)))  ;; #1405
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #1406
    (call $pf32 (f32.min (f32.const 0.1) (f32.const nan)))  ;; #1407
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #1408
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 0x1p-149)))  ;; #1409
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #1410
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #1411
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1412
    (call $pf32 (f32.min (f32.const 0.1) (f32.const 0.1)))  ;; #1413
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #1414
    (call $pf32 (f32.min (f32.const 0.1) (f32.const -3)))  ;; #1415
    (call $pf32 (f32.min (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #1416
    (call $pf32 (f32.min (f32.const -3) (f32.const 0)))  ;; #1417
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #1418
    (call $pf32 (f32.min (f32.const -3) (f32.const -0)))  ;; #1419
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #1420
    (call $pf32 (f32.min (f32.const -3) (f32.const 1)))  ;; #1421
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #1422
    (call $pf32 (f32.min (f32.const -3) (f32.const -1.5)))  ;; #1423
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #1424
    (call $pf32 (f32.min (f32.const -3) (f32.const 2.5)))  ;; #1425
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #1426
    (call $pf32 (f32.min (f32.const -3) (f32.const inf)))  ;; #1427
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #1428
    (call $pf32 (f32.min (f32.const -3) (f32.const -inf)))  ;; #1429
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #1430
    (call $pf32 (f32.min (f32.const -3) (f32.const nan)))  ;; #1431
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #1432
    (call $pf32 (f32.min (f32.const -3) (f32.const 0x1p-149)))  ;; #1433
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #1434
    (call $pf32 (f32.min (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #1435
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1436
    (call $pf32 (f32.min (f32.const -3) (f32.const 0.1)))  ;; #1437
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #1438
    (call $pf32 (f32.min (f32.const -3) (f32.const -3)))  ;; #1439
    (call $pf32 (f32.min (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #1440
    (call $pf32 (f32.max (f32.const 0) (f32.const 0)))  ;; #1441
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #1442
    (call $pf32 (f32.max (f32.const 0) (f32.const -0)))  ;; #1443
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #1444
    (call $pf32 (f32.max (f32.const 0) (f32.const 1)))  ;; #1445
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #1446
    (call $pf32 (f32.max (f32.const 0) (f32.const -1.5)))  ;; #1447
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #1448
    (call $pf32 (f32.max (f32.const 0) (f32.const 2.5)))  ;; #1449
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #1450
    (call $pf32 (f32.max (f32.const 0) (f32.const inf)))  ;; #1451
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #1452
    (call $pf32 (f32.max (f32.const 0) (f32.const -inf)))  ;; #1453
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #1454
    (call $pf32 (f32.max (f32.const 0) (f32.const nan)))  ;; #1455
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #1456
    (call $pf32 (f32.max (f32.const 0) (f32.const 0x1p-149)))  ;; #1457
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #1458
    (call $pf32 (f32.max (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #1459
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1460
    (call $pf32 (f32.max (f32.const 0) (f32.const 0.1)))  ;; #1461
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #1462
    (call $pf32 (f32.max (f32.const 0) (f32.const -3)))  ;; #1463
    (call $pf32 (f32.max (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #1464
    (call $pf32 (f32.max (f32.const -0) (f32.const 0)))  ;; #1465
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #1466
    (call $pf32 (f32.max (f32.const -0) (f32.const -0)))  ;; #1467
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #1468
    (call $pf32 (f32.max (f32.const -0) (f32.const 1)))  ;; #1469
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #1470
    (call $pf32 (f32.max (f32.const -0) (f32.const -1.5)))  ;; #1471
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #1472
    (call $pf32 (f32.max (f32.const -0) (f32.const 2.5)))  ;; #1473
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #1474
    (call $pf32 (f32.max (f32.const -0) (f32.const inf)))  ;; #1475
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #1476
    (call $pf32 (f32.max (f32.const -0) (f32.const -inf)))  ;; #1477
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #1478
    (call $pf32 (f32.max (f32.const -0) (f32.const nan)))  ;; #1479
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #1480
    (call $pf32 (f32.max (f32.const -0) (f32.const 0x1p-149)))  ;; #1481
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #1482
    (call $pf32 (f32.max (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #1483
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1484
    (call $pf32 (f32.max (f32.const -0) (f32.const 0.1)))  ;; #1485
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #1486
    (call $pf32 (f32.max (f32.const -0) (f32.const -3)))  ;; #1487
    (call $pf32 (f32.max (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #1488
    (call $pf32 (f32.max (f32.const 1) (f32.const 0)))  ;; #1489
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #1490
    (call $pf32 (f32.max (f32.const 1) (f32.const -0)))  ;; #1491
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #1492
    (call $pf32 (f32.max (f32.const 1) (f32.const 1)))  ;; #1493
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #1494
    (call $pf32 (f32.max (f32.const 1) (f32.const -1.5)))  ;; #1495
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #1496
    (call $pf32 (f32.max (f32.const 1) (f32.const 2.5)))  ;; #1497
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #1498
    (call $pf32 (f32.max (f32.const 1) (f32.const inf)))  ;; #1499
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #1500
    (call $pf32 (f32.max (f32.const 1) (f32.const -inf)))  ;; #1501
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #1502
    (call $pf32 (f32.max (f32.const 1) (f32.const nan)))  ;; #1503
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #1504
    (call $pf32 (f32.max (f32.const 1) (f32.const 0x1p-149)))  ;; #1505
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #1506
    (call $pf32 (f32.max (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #1507
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1508
    (call $pf32 (f32.max (f32.const 1) (f32.const 0.1)))  ;; #1509
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #1510
    (call $pf32 (f32.max (f32.const 1) (f32.const -3)))  ;; #1511
    (call $pf32 (f32.max (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #1512
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 0)))  ;; #1513
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #1514
    (call $pf32 (f32.max (f32.const -1.5) (f32.const -0)))  ;; #1515
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #1516
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 1)))  ;; #1517
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #1518
    (call $pf32 (f32.max (f32.const -1.5) (f32.const -1.5)))  ;; #1519
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #1520
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 2.5)))  ;; #1521
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #1522
    (call $pf32 (f32.max (f32.const -1.5) (f32.const inf)))  ;; #1523
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #1524
    (call $pf32 (f32.max (f32.const -1.5) (f32.const -inf)))  ;; #1525
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #1526
    (call $pf32 (f32.max (f32.const -1.5) (f32.const nan)))  ;; #1527
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #1528
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 0x1p-149)))  ;; #1529
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #1530
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #1531
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1532
    (call $pf32 (f32.max (f32.const -1.5) (f32.const 0.1)))  ;; #1533
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #1534
    (call $pf32 (f32.max (f32.const -1.5) (f32.const -3)))  ;; #1535
    (call $pf32 (f32.max (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #1536
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 0)))  ;; #1537
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #1538
    (call $pf32 (f32.max (f32.const 2.5) (f32.const -0)))  ;; #1539
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #1540
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 1)))  ;; #1541
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #1542
    (call $pf32 (f32.max (f32.const 2.5) (f32.const -1.5)))  ;; #1543
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #1544
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 2.5)))  ;; #1545
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #1546
    (call $pf32 (f32.max (f32.const 2.5) (f32.const inf)))  ;; #1547
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #1548
    (call $pf32 (f32.max (f32.const 2.5) (f32.const -inf)))  ;; #1549
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #1550
    (call $pf32 (f32.max (f32.const 2.5) (f32.const nan)))  ;; #1551
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #1552
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 0x1p-149)))  ;; #1553
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #1554
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #1555
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1556
    (call $pf32 (f32.max (f32.const 2.5) (f32.const 0.1)))  ;; #1557
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #1558
    (call $pf32 (f32.max (f32.const 2.5) (f32.const -3)))  ;; #1559
    (call $pf32 (f32.max (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #1560
    (call $pf32 (f32.max (f32.const inf) (f32.const 0)))  ;; #1561
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #1562
    (call $pf32 (f32.max (f32.const inf) (f32.const -0)))  ;; #1563
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #1564
    (call $pf32 (f32.max (f32.const inf) (f32.const 1)))  ;; #1565
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #1566
    (call $pf32 (f32.max (f32.const inf) (f32.const -1.5)))  ;; #1567
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #1568
    (call $pf32 (f32.max (f32.const inf) (f32.const 2.5)))  ;; #1569
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #1570
    (call $pf32 (f32.max (f32.const inf) (f32.const inf)))  ;; #1571
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #1572
    (call $pf32 (f32.max (f32.const inf) (f32.const -inf)))  ;; #1573
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #1574
    (call $pf32 (f32.max (f32.const inf) (f32.const nan)))  ;; #1575
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #1576
    (call $pf32 (f32.max (f32.const inf) (f32.const 0x1p-149)))  ;; #1577
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #1578
    (call $pf32 (f32.max (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #1579
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1580
    (call $pf32 (f32.max (f32.const inf) (f32.const 0.1)))  ;; #1581
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #1582
    (call $pf32 (f32.max (f32.const inf) (f32.const -3)))  ;; #1583
    (call $pf32 (f32.max (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #1584
    (call $pf32 (f32.max (f32.const -inf) (f32.const 0)))  ;; #1585
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #1586
    (call $pf32 (f32.max (f32.const -inf) (f32.const -0)))  ;; #1587
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #1588
    (call $pf32 (f32.max (f32.const -inf) (f32.const 1)))  ;; #1589
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #1590
    (call $pf32 (f32.max (f32.const -inf) (f32.const -1.5)))  ;; #1591
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #1592
    (call $pf32 (f32.max (f32.const -inf) (f32.const 2.5)))  ;; #1593
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #1594
    (call $pf32 (f32.max (f32.const -inf) (f32.const inf)))  ;; #1595
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #1596
    (call $pf32 (f32.max (f32.const -inf) (f32.const -inf)))  ;; #1597
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #1598
    (call $pf32 (f32.max (f32.const -inf) (f32.const nan)))  ;; #1599
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #1600
    (call $pf32 (f32.max (f32.const -inf) (f32.const 0x1p-149)))  ;; #1601
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #1602
    (call $pf32 (f32.max (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #1603
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1604
    (call $pf32 (f32.max (f32.const -inf) (f32.const 0.1)))  ;; #1605
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #1606
    (call $pf32 (f32.max (f32.const -inf) (f32.const -3)))  ;; #1607
    (call $pf32 (f32.max (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #1608
    (call $pf32 (f32.max (f32.const nan) (f32.const 0)))  ;; #1609
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #1610
    (call $pf32 (f32.max (f32.const nan) (f32.const -0)))  ;; #1611
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #1612
    (call $pf32 (f32.max (f32.const nan) (f32.const 1)))  ;; #1613
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #1614
    (call $pf32 (f32.max (f32.const nan) (f32.const -1.5)))  ;; #1615
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #1616
    (call $pf32 (f32.max (f32.const nan) (f32.const 2.5)))  ;; #1617
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #1618
    (call $pf32 (f32.max (f32.const nan) (f32.const inf)))  ;; #1619
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #1620
    (call $pf32 (f32.max (f32.const nan) (f32.const -inf)))  ;; #1621
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #1622
    (call $pf32 (f32.max (f32.const nan) (f32.const nan)))  ;; #1623
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #1624
    (call $pf32 (f32.max (f32.const nan) (f32.const 0x1p-149)))  ;; #1625
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #1626
    (call $pf32 (f32.max (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #1627
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1628
    (call $pf32 (f32.max (f32.const nan) (f32.const 0.1)))  ;; #1629
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #1630
    (call $pf32 (f32.max (f32.const nan) (f32.const -3)))  ;; #1631
    (call $pf32 (f32.max (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #1632
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 0)))  ;; #1633
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #1634
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const -0)))  ;; #1635
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #1636
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 1)))  ;; #1637
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #1638
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const -1.5)))  ;; #1639
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #1640
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 2.5)))  ;; #1641
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #1642
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const inf)))  ;; #1643
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #1644
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const -inf)))  ;; #1645
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #1646
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const nan)))  ;; #1647
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #1648
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #1649
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #1650
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #1651
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1652
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const 0.1)))  ;; #1653
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #1654
    (call $pf32 (f32.max (f32.const 0x1p-149) (f32.const -3)))  ;; #1655
    (call $pf32 (f32.max (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #1656
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #1657
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #1658
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #1659
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #1660
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #1661
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #1662
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #1663
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #1664
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #1665
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #1666
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #1667
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #1668
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #1669
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #1670
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #1671
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #1672
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #1673
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #1674
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #1675
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1676
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #1677
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #1678
    (call $pf32 (f32.max (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #1679
    (call $pf32 (f32.max (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #1680
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 0)))  ;; #1681
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #1682
    (call $pf32 (f32.max (f32.const 0.1) (f32.const -0)))  ;; #1683
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #1684
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 1)))  ;; #1685
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #1686
    (call $pf32 (f32.max (f32.const 0.1) (f32.const -1.5)))  ;; #1687
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #1688
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 2.5)))  ;; #1689
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #1690
    (call $pf32 (f32.max (f32.const 0.1) (f32.const inf)))  ;; #1691
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #1692
    (call $pf32 (f32.max (f32.const 0.1) (f32.const -inf)))  ;; #1693
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #1694
    (call $pf32 (f32.max (f32.const 0.1) (f32.const nan)))  ;; #1695
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #1696
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 0x1p-149)))  ;; #1697
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #1698
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #1699
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1700
    (call $pf32 (f32.max (f32.const 0.1) (f32.const 0.1)))  ;; #1701
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #1702
    (call $pf32 (f32.max (f32.const 0.1) (f32.const -3)))  ;; #1703
    (call $pf32 (f32.max (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #1704
    (call $pf32 (f32.max (f32.const -3) (f32.const 0)))  ;; #1705
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #1706
    (call $pf32 (f32.max (f32.const -3) (f32.const -0)))  ;; #1707
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #1708
    (call $pf32 (f32.max (f32.const -3) (f32.const 1)))  ;; #1709
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #1710
    (call $pf32 (f32.max (f32.const -3) (f32.const -1.5)))  ;; #1711
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #1712
    (call $pf32 (f32.max (f32.const -3) (f32.const 2.5)))  ;; #1713
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #1714
    (call $pf32 (f32.max (f32.const -3) (f32.const inf)))  ;; #1715
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #1716
    (call $pf32 (f32.max (f32.const -3) (f32.const -inf)))  ;; #1717
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #1718
    (call $pf32 (f32.max (f32.const -3) (f32.const nan)))  ;; #1719
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #1720
    (call $pf32 (f32.max (f32.const -3) (f32.const 0x1p-149)))  ;; #1721
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #1722
    (call $pf32 (f32.max (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #1723
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1724
    (call $pf32 (f32.max (f32.const -3) (f32.const 0.1)))  ;; #1725
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #1726
    (call $pf32 (f32.max (f32.const -3) (f32.const -3)))  ;; #1727
    (call $pf32 (f32.max (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #1728
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 0)))  ;; #1729
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 0))))  ;; #1730
    (call $pf32 (f32.copysign (f32.const 0) (f32.const -0)))  ;; #1731
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #1732
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 1)))  ;; #1733
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 1))))  ;; #1734
    (call $pf32 (f32.copysign (f32.const 0) (f32.const -1.5)))  ;; #1735
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const -1.5))))  ;; #1736
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 2.5)))  ;; #1737
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 2.5))))  ;; #1738
    (call $pf32 (f32.copysign (f32.const 0) (f32.const inf)))  ;; #1739
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const inf))))  ;; #1740
    (call $pf32 (f32.copysign (f32.const 0) (f32.const -inf)))  ;; #1741
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const -inf))))  ;; #1742
    (call $pf32 (f32.copysign (f32.const 0) (f32.const nan)))  ;; #1743
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const nan))))  ;; #1744
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 0x1p-149)))  ;; #1745
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 0x1p-149))))  ;; #1746
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 0x1.fffffep+127)))  ;; #1747
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1748
    (call $pf32 (f32.copysign (f32.const 0) (f32.const 0.1)))  ;; #1749
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const 0.1))))  ;; #1750
    (call $pf32 (f32.copysign (f32.const 0) (f32.const -3)))  ;; #1751
    (call $pf32 (f32.copysign (call $id (f32.const 0)) (call $id (f32.const -3))))  ;; #1752
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 0)))  ;; #1753
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 0))))  ;; #1754
    (call $pf32 (f32.copysign (f32.const -0) (f32.const -0)))  ;; #1755
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const -0))))  ;; #1756
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 1)))  ;; #1757
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 1))))  ;; #1758
    (call $pf32 (f32.copysign (f32.const -0) (f32.const -1.5)))  ;; #1759
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const -1.5))))  ;; #1760
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 2.5)))  ;; #1761
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 2.5))))  ;; #1762
    (call $pf32 (f32.copysign (f32.const -0) (f32.const inf)))  ;; #1763
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const inf))))  ;; #1764
    (call $pf32 (f32.copysign (f32.const -0) (f32.const -inf)))  ;; #1765
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const -inf))))  ;; #1766
    (call $pf32 (f32.copysign (f32.const -0) (f32.const nan)))  ;; #1767
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const nan))))  ;; #1768
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 0x1p-149)))  ;; #1769
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 0x1p-149))))  ;; #1770
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 0x1.fffffep+127)))  ;; #1771
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1772
    (call $pf32 (f32.copysign (f32.const -0) (f32.const 0.1)))  ;; #1773
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const 0.1))))  ;; #1774
    (call $pf32 (f32.copysign (f32.const -0) (f32.const -3)))  ;; #1775
    (call $pf32 (f32.copysign (call $id (f32.const -0)) (call $id (f32.const -3))))  ;; #1776
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 0)))  ;; #1777
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 0))))  ;; #1778
    (call $pf32 (f32.copysign (f32.const 1) (f32.const -0)))  ;; #1779
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const -0))))  ;; #1780
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 1)))  ;; #1781
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #1782
    (call $pf32 (f32.copysign (f32.const 1) (f32.const -1.5)))  ;; #1783
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const -1.5))))  ;; #1784
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 2.5)))  ;; #1785
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 2.5))))  ;; #1786
    (call $pf32 (f32.copysign (f32.const 1) (f32.const inf)))  ;; #1787
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const inf))))  ;; #1788
    (call $pf32 (f32.copysign (f32.const 1) (f32.const -inf)))  ;; #1789
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const -inf))))  ;; #1790
    (call $pf32 (f32.copysign (f32.const 1) (f32.const nan)))  ;; #1791
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #1792
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 0x1p-149)))  ;; #1793
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 0x1p-149))))  ;; #1794
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 0x1.fffffep+127)))  ;; #1795
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1796
    (call $pf32 (f32.copysign (f32.const 1) (f32.const 0.1)))  ;; #1797
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const 0.1))))  ;; #1798
    (call $pf32 (f32.copysign (f32.const 1) (f32.const -3)))  ;; #1799
    (call $pf32 (f32.copysign (call $id (f32.const 1)) (call $id (f32.const -3))))  ;; #1800
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 0)))  ;; #1801
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 0))))  ;; #1802
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const -0)))  ;; #1803
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const -0))))  ;; #1804
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 1)))  ;; #1805
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 1))))  ;; #1806
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const -1.5)))  ;; #1807
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const -1.5))))  ;; #1808
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 2.5)))  ;; #1809
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 2.5))))  ;; #1810
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const inf)))  ;; #1811
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const inf))))  ;; #1812
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const -inf)))  ;; #1813
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const -inf))))  ;; #1814
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const nan)))  ;; #1815
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const nan))))  ;; #1816
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 0x1p-149)))  ;; #1817
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 0x1p-149))))  ;; #1818
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 0x1.fffffep+127)))  ;; #1819
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1820
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const 0.1)))  ;; #1821
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const 0.1))))  ;; #1822
    (call $pf32 (f32.copysign (f32.const -1.5) (f32.const -3)))  ;; #1823
    (call $pf32 (f32.copysign (call $id (f32.const -1.5)) (call $id (f32.const -3))))  ;; #1824
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 0)))  ;; #1825
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 0))))  ;; #1826
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const -0)))  ;; #1827
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const -0))))  ;; #1828
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 1)))  ;; #1829
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 1))))  ;; #1830
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const -1.5)))  ;; #1831
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const -1.5))))  ;; #1832
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 2.5)))  ;; #1833
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 2.5))))  ;; #1834
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const inf)))  ;; #1835
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const inf))))  ;; #1836
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const -inf)))  ;; #1837
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const -inf))))  ;; #1838
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const nan)))  ;; #1839
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const nan))))  ;; #1840
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 0x1p-149)))  ;; #1841
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 0x1p-149))))  ;; #1842
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 0x1.fffffep+127)))  ;; #1843
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1844
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const 0.1)))  ;; #1845
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const 0.1))))  ;; #1846
    (call $pf32 (f32.copysign (f32.const 2.5) (f32.const -3)))  ;; #1847
    (call $pf32 (f32.copysign (call $id (f32.const 2.5)) (call $id (f32.const -3))))  ;; #1848
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 0)))  ;; #1849
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 0))))  ;; #1850
    (call $pf32 (f32.copysign (f32.const inf) (f32.const -0)))  ;; #1851
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const -0))))  ;; #1852
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 1)))  ;; #1853
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 1))))  ;; #1854
    (call $pf32 (f32.copysign (f32.const inf) (f32.const -1.5)))  ;; #1855
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const -1.5))))  ;; #1856
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 2.5)))  ;; #1857
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 2.5))))  ;; #1858
    (call $pf32 (f32.copysign (f32.const inf) (f32.const inf)))  ;; #1859
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const inf))))  ;; #1860
    (call $pf32 (f32.copysign (f32.const inf) (f32.const -inf)))  ;; #1861
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const -inf))))  ;; #1862
    (call $pf32 (f32.copysign (f32.const inf) (f32.const nan)))  ;; #1863
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const nan))))  ;; #1864
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 0x1p-149)))  ;; #1865
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 0x1p-149))))  ;; #1866
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 0x1.fffffep+127)))  ;; #1867
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1868
    (call $pf32 (f32.copysign (f32.const inf) (f32.const 0.1)))  ;; #1869
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const 0.1))))  ;; #1870
    (call $pf32 (f32.copysign (f32.const inf) (f32.const -3)))  ;; #1871
    (call $pf32 (f32.copysign (call $id (f32.const inf)) (call $id (f32.const -3))))  ;; #1872
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 0)))  ;; #1873
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 0))))  ;; #1874
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const -0)))  ;; #1875
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const -0))))  ;; #1876
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 1)))  ;; #1877
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 1))))  ;; #1878
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const -1.5)))  ;; #1879
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const -1.5))))  ;; #1880
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 2.5)))  ;; #1881
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 2.5))))  ;; #1882
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const inf)))  ;; #1883
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #1884
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const -inf)))  ;; #1885
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const -inf))))  ;; #1886
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const nan)))  ;; #1887
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const nan))))  ;; #1888
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 0x1p-149)))  ;; #1889
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 0x1p-149))))  ;; #1890
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 0x1.fffffep+127)))  ;; #1891
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1892
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const 0.1)))  ;; #1893
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const 0.1))))  ;; #1894
    (call $pf32 (f32.copysign (f32.const -inf) (f32.const -3)))  ;; #1895
    (call $pf32 (f32.copysign (call $id (f32.const -inf)) (call $id (f32.const -3))))  ;; #1896
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 0)))  ;; #1897
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 0))))  ;; #1898
    (call $pf32 (f32.copysign (f32.const nan) (f32.const -0)))  ;; #1899
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const -0))))  ;; #1900
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 1)))  ;; #1901
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #1902
    (call $pf32 (f32.copysign (f32.const nan) (f32.const -1.5)))  ;; #1903
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const -1.5))))  ;; #1904
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 2.5)))  ;; #1905
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 2.5))))  ;; #1906
    (call $pf32 (f32.copysign (f32.const nan) (f32.const inf)))  ;; #1907
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const inf))))  ;; #1908
    (call $pf32 (f32.copysign (f32.const nan) (f32.const -inf)))  ;; #1909
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const -inf))))  ;; #1910
    (call $pf32 (f32.copysign (f32.const nan) (f32.const nan)))  ;; #1911
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #1912
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 0x1p-149)))  ;; #1913
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 0x1p-149))))  ;; #1914
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 0x1.fffffep+127)))  ;; #1915
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1916
    (call $pf32 (f32.copysign (f32.const nan) (f32.const 0.1)))  ;; #1917
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const 0.1))))  ;; #1918
    (call $pf32 (f32.copysign (f32.const nan) (f32.const -3)))  ;; #1919
    (call $pf32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const -3))))  ;; #1920
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 0)))  ;; #1921
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #1922
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const -0)))  ;; #1923
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const -0))))  ;; #1924
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 1)))  ;; #1925
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 1))))  ;; #1926
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const -1.5)))  ;; #1927
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const -1.5))))  ;; #1928
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 2.5)))  ;; #1929
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 2.5))))  ;; #1930
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const inf)))  ;; #1931
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const inf))))  ;; #1932
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const -inf)))  ;; #1933
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const -inf))))  ;; #1934
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const nan)))  ;; #1935
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const nan))))  ;; #1936
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 0x1p-149)))  ;; #1937
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1p-149))))  ;; #1938
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 0x1.fffffep+127)))  ;; #1939
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1940
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const 0.1)))  ;; #1941
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const 0.1))))  ;; #1942
    (call $pf32 (f32.copysign (f32.const 0x1p-149) (f32.const -3)))  ;; #1943
    (call $pf32 (f32.copysign (call $id (f32.const 0x1p-149)) (call $id (f32.const -3))))  ;; #1944
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 0)))  ;; #1945
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0))))  ;; #1946
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const -0)))  ;; #1947
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -0))))  ;; #1948
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 1)))  ;; #1949
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 1))))  ;; #1950
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const -1.5)))  ;; #1951
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -1.5))))  ;; #1952
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 2.5)))  ;; #1953
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 2.5))))  ;; #1954
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const inf)))  ;; #1955
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const inf))))  ;; #1956
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const -inf)))  ;; #1957
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -inf))))  ;; #1958
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const nan)))  ;; #1959
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const nan))))  ;; #1960
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 0x1p-149)))  ;; #1961
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1p-149))))  ;; #1962
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 0x1.fffffep+127)))  ;; #1963
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1964
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const 0.1)))  ;; #1965
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const 0.1))))  ;; #1966
    (call $pf32 (f32.copysign (f32.const 0x1.fffffep+127) (f32.const -3)))  ;; #1967
    (call $pf32 (f32.copysign (call $id (f32.const 0x1.fffffep+127)) (call $id (f32.const -3))))  ;; #1968
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 0)))  ;; #1969
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 0))))  ;; #1970
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const -0)))  ;; #1971
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const -0))))  ;; #1972
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 1)))  ;; #1973
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 1))))  ;; #1974
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const -1.5)))  ;; #1975
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const -1.5))))  ;; #1976
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 2.5)))  ;; #1977
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 2.5))))  ;; #1978
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const inf)))  ;; #1979
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const inf))))  ;; #1980
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const -inf)))  ;; #1981
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const -inf))))  ;; #1982
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const nan)))  ;; #1983
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const nan))))  ;; #1984
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 0x1p-149)))  ;; #1985
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 0x1p-149))))  ;; #1986
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 0x1.fffffep+127)))  ;; #1987
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 0x1.fffffep+127))))  ;; #1988
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const 0.1)))  ;; #1989
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const 0.1))))  ;; #1990
    (call $pf32 (f32.copysign (f32.const 0.1) (f32.const -3)))  ;; #1991
    (call $pf32 (f32.copysign (call $id (f32.const 0.1)) (call $id (f32.const -3))))  ;; #1992
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 0)))  ;; #1993
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 0))))  ;; #1994
    (call $pf32 (f32.copysign (f32.const -3) (f32.const -0)))  ;; #1995
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const -0))))  ;; #1996
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 1)))  ;; #1997
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 1))))  ;; #1998
    (call $pf32 (f32.copysign (f32.const -3) (f32.const -1.5)))  ;; #1999
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const -1.5))))  ;; #2000
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 2.5)))  ;; #2001
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 2.5))))  ;; #2002
    (call $pf32 (f32.copysign (f32.const -3) (f32.const inf)))  ;; #2003
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const inf))))  ;; #2004
    (call $pf32 (f32.copysign (f32.const -3) (f32.const -inf)))  ;; #2005
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const -inf))))  ;; #2006
    (call $pf32 (f32.copysign (f32.const -3) (f32.const nan)))  ;; #2007
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const nan))))  ;; #2008
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 0x1p-149)))  ;; #2009
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 0x1p-149))))  ;; #2010
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 0x1.fffffep+127)))  ;; #2011
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 0x1.fffffep+127))))  ;; #2012
    (call $pf32 (f32.copysign (f32.const -3) (f32.const 0.1)))  ;; #2013
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const 0.1))))  ;; #2014
    (call $pf32 (f32.copysign (f32.const -3) (f32.const -3)))  ;; #2015
    (call $pf32 (f32.copysign (call $id (f32.const -3)) (call $id (f32.const -3))))  ;; #2016
    (call $p (f32.eq (f32.const 1) (f32.const 2)))  ;; #2017
    (call $p (f32.eq (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2018
    (call $p (f32.eq (f32.const 2) (f32.const 1)))  ;; #2019
    (call $p (f32.eq (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2020
    (call $p (f32.eq (f32.const 1) (f32.const 1)))  ;; #2021
    (call $p (f32.eq (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2022
    (call $p (f32.eq (f32.const 0) (f32.const -0)))  ;; #2023
    (call $p (f32.eq (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2024
    (call $p (f32.eq (f32.const nan) (f32.const 1)))  ;; #2025
    (call $p (f32.eq (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2026
    (call $p (f32.eq (f32.const 1) (f32.const nan)))  ;; #2027
    (call $p (f32.eq (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2028
    (call $p (f32.eq (f32.const nan) (f32.const nan)))  ;; #2029
    (call $p (f32.eq (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2030
    (call $p (f32.eq (f32.const -inf) (f32.const inf)))  ;; #2031
    (call $p (f32.eq (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2032
    (call $p (f32.eq (f32.const 0x1p-149) (f32.const 0)))  ;; #2033
    (call $p (f32.eq (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2034
    (call $p (f32.ne (f32.const 1) (f32.const 2)))  ;; #2035
    (call $p (f32.ne (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2036
    (call $p (f32.ne (f32.const 2) (f32.const 1)))  ;; #2037
    (call $p (f32.ne (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2038
    (call $p (f32.ne (f32.const 1) (f32.const 1)))  ;; #2039
    (call $p (f32.ne (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2040
    (call $p (f32.ne (f32.const 0) (f32.const -0)))  ;; #2041
    (call $p (f32.ne (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2042
    (call $p (f32.ne (f32.const nan) (f32.const 1)))  ;; #2043
    (call $p (f32.ne (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2044
    (call $p (f32.ne (f32.const 1) (f32.const nan)))  ;; #2045
    (call $p (f32.ne (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2046
    (call $p (f32.ne (f32.const nan) (f32.const nan)))  ;; #2047
    (call $p (f32.ne (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2048
    (call $p (f32.ne (f32.const -inf) (f32.const inf)))  ;; #2049
    (call $p (f32.ne (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2050
    (call $p (f32.ne (f32.const 0x1p-149) (f32.const 0)))  ;; #2051
    (call $p (f32.ne (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2052
    (call $p (f32.lt (f32.const 1) (f32.const 2)))  ;; #2053
    (call $p (f32.lt (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2054
    (call $p (f32.lt (f32.const 2) (f32.const 1)))  ;; #2055
    (call $p (f32.lt (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2056
    (call $p (f32.lt (f32.const 1) (f32.const 1)))  ;; #2057
    (call $p (f32.lt (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2058
    (call $p (f32.lt (f32.const 0) (f32.const -0)))  ;; #2059
    (call $p (f32.lt (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2060
    (call $p (f32.lt (f32.const nan) (f32.const 1)))  ;; #2061
    (call $p (f32.lt (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2062
    (call $p (f32.lt (f32.const 1) (f32.const nan)))  ;; #2063
    (call $p (f32.lt (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2064
    (call $p (f32.lt (f32.const nan) (f32.const nan)))  ;; #2065
    (call $p (f32.lt (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2066
    (call $p (f32.lt (f32.const -inf) (f32.const inf)))  ;; #2067
    (call $p (f32.lt (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2068
    (call $p (f32.lt (f32.const 0x1p-149) (f32.const 0)))  ;; #2069
    (call $p (f32.lt (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2070
    (call $p (f32.gt (f32.const 1) (f32.const 2)))  ;; #2071
    (call $p (f32.gt (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2072
    (call $p (f32.gt (f32.const 2) (f32.const 1)))  ;; #2073
    (call $p (f32.gt (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2074
    (call $p (f32.gt (f32.const 1) (f32.const 1)))  ;; #2075
    (call $p (f32.gt (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2076
    (call $p (f32.gt (f32.const 0) (f32.const -0)))  ;; #2077
    (call $p (f32.gt (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2078
    (call $p (f32.gt (f32.const nan) (f32.const 1)))  ;; #2079
    (call $p (f32.gt (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2080
    (call $p (f32.gt (f32.const 1) (f32.const nan)))  ;; #2081
    (call $p (f32.gt (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2082
    (call $p (f32.gt (f32.const nan) (f32.const nan)))  ;; #2083
    (call $p (f32.gt (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2084
    (call $p (f32.gt (f32.const -inf) (f32.const inf)))  ;; #2085
    (call $p (f32.gt (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2086
    (call $p (f32.gt (f32.const 0x1p-149) (f32.const 0)))  ;; #2087
    (call $p (f32.gt (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2088
    (call $p (f32.le (f32.const 1) (f32.const 2)))  ;; #2089
    (call $p (f32.le (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2090
    (call $p (f32.le (f32.const 2) (f32.const 1)))  ;; #2091
    (call $p (f32.le (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2092
    (call $p (f32.le (f32.const 1) (f32.const 1)))  ;; #2093
    (call $p (f32.le (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2094
    (call $p (f32.le (f32.const 0) (f32.const -0)))  ;; #2095
    (call $p (f32.le (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2096
    (call $p (f32.le (f32.const nan) (f32.const 1)))  ;; #2097
    (call $p (f32.le (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2098
    (call $p (f32.le (f32.const 1) (f32.const nan)))  ;; #2099
    (call $p (f32.le (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2100
    (call $p (f32.le (f32.const nan) (f32.const nan)))  ;; #2101
    (call $p (f32.le (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2102
    (call $p (f32.le (f32.const -inf) (f32.const inf)))  ;; #2103
    (call $p (f32.le (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2104
    (call $p (f32.le (f32.const 0x1p-149) (f32.const 0)))  ;; #2105
    (call $p (f32.le (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2106
    (call $p (f32.ge (f32.const 1) (f32.const 2)))  ;; #2107
    (call $p (f32.ge (call $id (f32.const 1)) (call $id (f32.const 2))))  ;; #2108
    (call $p (f32.ge (f32.const 2) (f32.const 1)))  ;; #2109
    (call $p (f32.ge (call $id (f32.const 2)) (call $id (f32.const 1))))  ;; #2110
    (call $p (f32.ge (f32.const 1) (f32.const 1)))  ;; #2111
    (call $p (f32.ge (call $id (f32.const 1)) (call $id (f32.const 1))))  ;; #2112
    (call $p (f32.ge (f32.const 0) (f32.const -0)))  ;; #2113
    (call $p (f32.ge (call $id (f32.const 0)) (call $id (f32.const -0))))  ;; #2114
    (call $p (f32.ge (f32.const nan) (f32.const 1)))  ;; #2115
    (call $p (f32.ge (call $id (f32.const nan)) (call $id (f32.const 1))))  ;; #2116
    (call $p (f32.ge (f32.const 1) (f32.const nan)))  ;; #2117
    (call $p (f32.ge (call $id (f32.const 1)) (call $id (f32.const nan))))  ;; #2118
    (call $p (f32.ge (f32.const nan) (f32.const nan)))  ;; #2119
    (call $p (f32.ge (call $id (f32.const nan)) (call $id (f32.const nan))))  ;; #2120
    (call $p (f32.ge (f32.const -inf) (f32.const inf)))  ;; #2121
    (call $p (f32.ge (call $id (f32.const -inf)) (call $id (f32.const inf))))  ;; #2122
    (call $p (f32.ge (f32.const 0x1p-149) (f32.const 0)))  ;; #2123
    (call $p (f32.ge (call $id (f32.const 0x1p-149)) (call $id (f32.const 0))))  ;; #2124
    (call $pf32 (f32.abs (f32.const 0)))  ;; #2125
    (call $pf32 (f32.abs (call $id (f32.const 0))))  ;; #2126
    (call $pf32 (f32.abs (f32.const -0)))  ;; #2127
    (call $pf32 (f32.abs (call $id (f32.const -0))))  ;; #2128
    (call $pf32 (f32.abs (f32.const 0.5)))  ;; #2129
    (call $pf32 (f32.abs (call $id (f32.const 0.5))))  ;; #2130
    (call $pf32 (f32.abs (f32.const -0.5)))  ;; #2131
    (call $pf32 (f32.abs (call $id (f32.const -0.5))))  ;; #2132
    (call $pf32 (f32.abs (f32.const 1.5)))  ;; #2133
    (call $pf32 (f32.abs (call $id (f32.const 1.5))))  ;; #2134
    (call $pf32 (f32.abs (f32.const -1.5)))  ;; #2135
    (call $pf32 (f32.abs (call $id (f32.const -1.5))))  ;; #2136
    (call $pf32 (f32.abs (f32.const 2.5)))  ;; #2137
    (call $pf32 (f32.abs (call $id (f32.const 2.5))))  ;; #2138
    (call $pf32 (f32.abs (f32.const -2.5)))  ;; #2139
    (call $pf32 (f32.abs (call $id (f32.const -2.5))))  ;; #2140
    (call $pf32 (f32.abs (f32.const 3.5)))  ;; #2141
    (call $pf32 (f32.abs (call $id (f32.const 3.5))))  ;; #2142
    (call $pf32 (f32.abs (f32.const 4.5)))  ;; #2143
    (call $pf32 (f32.abs (call $id (f32.const 4.5))))  ;; #2144
    (call $pf32 (f32.abs (f32.const 0.49999997)))  ;; #2145
    (call $pf32 (f32.abs (call $id (f32.const 0.49999997))))  ;; #2146
    (call $pf32 (f32.abs (f32.const 8388609)))  ;; #2147
    (call $pf32 (f32.abs (call $id (f32.const 8388609))))  ;; #2148
    (call $pf32 (f32.abs (f32.const 1e30)))  ;; #2149
    (call $pf32 (f32.abs (call $id (f32.const 1e30))))  ;; #2150
    (call $pf32 (f32.abs (f32.const -1e30)))  ;; #2151
    (call $pf32 (f32.abs (call $id (f32.const -1e30))))  ;; #2152
    (call $pf32 (f32.abs (f32.const inf)))  ;; #2153
    (call $pf32 (f32.abs (call $id (f32.const inf))))  ;; #2154
    (call $pf32 (f32.abs (f32.const -inf)))  ;; #2155
    (call $pf32 (f32.abs (call $id (f32.const -inf))))  ;; #2156
    (call $pf32 (f32.abs (f32.const nan)))  ;; #2157
    (call $pf32 (f32.abs (call $id (f32.const nan))))  ;; #2158
    (call $pf32 (f32.abs (f32.const 0x1p-149)))  ;; #2159
    (call $pf32 (f32.abs (call $id (f32.const 0x1p-149))))  ;; #2160
    (call $pf32 (f32.abs (f32.const 0x1.fffffep+127)))  ;; #2161
    (call $pf32 (f32.abs (call $id (f32.const 0x1.fffffep+127))))  ;; #2162
    (call $pf32 (f32.abs (f32.const 2)))  ;; #2163
    (call $pf32 (f32.abs (call $id (f32.const 2))))  ;; #2164
    (call $pf32 (f32.abs (f32.const 0.1)))  ;; #2165
    (call $pf32 (f32.abs (call $id (f32.const 0.1))))  ;; #2166
    (call $pf32 (f32.abs (f32.const -7.75)))  ;; #2167
    (call $pf32 (f32.abs (call $id (f32.const -7.75))))  ;; #2168
    (call $pf32 (f32.abs (f32.const 1e-40)))  ;; #2169
    (call $pf32 (f32.abs (call $id (f32.const 1e-40))))  ;; #2170
    (call $pf32 (f32.neg (f32.const 0)))  ;; #2171
    (call $pf32 (f32.neg (call $id (f32.const 0))))  ;; #2172
    (call $pf32 (f32.neg (f32.const -0)))  ;; #2173
    (call $pf32 (f32.neg (call $id (f32.const -0))))  ;; #2174
    (call $pf32 (f32.neg (f32.const 0.5)))  ;; #2175
    (call $pf32 (f32.neg (call $id (f32.const 0.5))))  ;; #2176
    (call $pf32 (f32.neg (f32.const -0.5)))  ;; #2177
    (call $pf32 (f32.neg (call $id (f32.const -0.5))))  ;; #2178
    (call $pf32 (f32.neg (f32.const 1.5)))  ;; #2179
    (call $pf32 (f32.neg (call $id (f32.const 1.5))))  ;; #2180
    (call $pf32 (f32.neg (f32.const -1.5)))  ;; #2181
    (call $pf32 (f32.neg (call $id (f32.const -1.5))))  ;; #2182
    (call $pf32 (f32.neg (f32.const 2.5)))  ;; #2183
    (call $pf32 (f32.neg (call $id (f32.const 2.5))))  ;; #2184
    (call $pf32 (f32.neg (f32.const -2.5)))  ;; #2185
    (call $pf32 (f32.neg (call $id (f32.const -2.5))))  ;; #2186
    (call $pf32 (f32.neg (f32.const 3.5)))  ;; #2187
    (call $pf32 (f32.neg (call $id (f32.const 3.5))))  ;; #2188
    (call $pf32 (f32.neg (f32.const 4.5)))  ;; #2189
    (call $pf32 (f32.neg (call $id (f32.const 4.5))))  ;; #2190
    (call $pf32 (f32.neg (f32.const 0.49999997)))  ;; #2191
    (call $pf32 (f32.neg (call $id (f32.const 0.49999997))))  ;; #2192
    (call $pf32 (f32.neg (f32.const 8388609)))  ;; #2193
    (call $pf32 (f32.neg (call $id (f32.const 8388609))))  ;; #2194
    (call $pf32 (f32.neg (f32.const 1e30)))  ;; #2195
    (call $pf32 (f32.neg (call $id (f32.const 1e30))))  ;; #2196
    (call $pf32 (f32.neg (f32.const -1e30)))  ;; #2197
    (call $pf32 (f32.neg (call $id (f32.const -1e30))))  ;; #2198
    (call $pf32 (f32.neg (f32.const inf)))  ;; #2199
    (call $pf32 (f32.neg (call $id (f32.const inf))))  ;; #2200
    (call $pf32 (f32.neg (f32.const -inf)))  ;; #2201
    (call $pf32 (f32.neg (call $id (f32.const -inf))))  ;; #2202
    (call $pf32 (f32.neg (f32.const nan)))  ;; #2203
    (call $pf32 (f32.neg (call $id (f32.const nan))))  ;; #2204
    (call $pf32 (f32.neg (f32.const 0x1p-149)))  ;; #2205
    (call $pf32 (f32.neg (call $id (f32.const 0x1p-149))))  ;; #2206
    (call $pf32 (f32.neg (f32.const 0x1.fffffep+127)))  ;; #2207
    (call $pf32 (f32.neg (call $id (f32.const 0x1.fffffep+127))))  ;; #2208
    (call $pf32 (f32.neg (f32.const 2)))  ;; #2209
    (call $pf32 (f32.neg (call $id (f32.const 2))))  ;; #2210
    (call $pf32 (f32.neg (f32.const 0.1)))  ;; #2211
    (call $pf32 (f32.neg (call $id (f32.const 0.1))))  ;; #2212
    (call $pf32 (f32.neg (f32.const -7.75)))  ;; #2213
    (call $pf32 (f32.neg (call $id (f32.const -7.75))))  ;; #2214
    (call $pf32 (f32.neg (f32.const 1e-40)))  ;; #2215
    (call $pf32 (f32.neg (call $id (f32.const 1e-40))))  ;; #2216
    (call $pf32 (f32.sqrt (f32.const 0)))  ;; #2217
    (call $pf32 (f32.sqrt (call $id (f32.const 0))))  ;; #2218
    (call $pf32 (f32.sqrt (f32.const -0)))  ;; #2219
    (call $pf32 (f32.sqrt (call $id (f32.const -0))))  ;; #2220
    (call $pf32 (f32.sqrt (f32.const 0.5)))  ;; #2221
    (call $pf32 (f32.sqrt (call $id (f32.const 0.5))))  ;; #2222
    (call $pf32 (f32.sqrt (f32.const -0.5)))  ;; #2223
    (call $pf32 (f32.sqrt (call $id (f32.const -0.5))))  ;; #2224
    (call $pf32 (f32.sqrt (f32.const 1.5)))  ;; #2225
    (call $pf32 (f32.sqrt (call $id (f32.const 1.5))))  ;; #2226
    (call $pf32 (f32.sqrt (f32.const -1.5)))  ;; #2227
    (call $pf32 (f32.sqrt (call $id (f32.const -1.5))))  ;; #2228
    (call $pf32 (f32.sqrt (f32.const 2.5)))  ;; #2229
    (call $pf32 (f32.sqrt (call $id (f32.const 2.5))))  ;; #2230
    (call $pf32 (f32.sqrt (f32.const -2.5)))  ;; #2231
    (call $pf32 (f32.sqrt (call $id (f32.const -2.5))))  ;; #2232
    (call $pf32 (f32.sqrt (f32.const 3.5)))  ;; #2233
    (call $pf32 (f32.sqrt (call $id (f32.const 3.5))))  ;; #2234
    (call $pf32 (f32.sqrt (f32.const 4.5)))  ;; #2235
    (call $pf32 (f32.sqrt (call $id (f32.const 4.5))))  ;; #2236
    (call $pf32 (f32.sqrt (f32.const 0.49999997)))  ;; #2237
    (call $pf32 (f32.sqrt (call $id (f32.const 0.49999997))))  ;; #2238
    (call $pf32 (f32.sqrt (f32.const 8388609)))  ;; #2239
    (call $pf32 (f32.sqrt (call $id (f32.const 8388609))))  ;; #2240
    (call $pf32 (f32.sqrt (f32.const 1e30)))  ;; #2241
    (call $pf32 (f32.sqrt (call $id (f32.const 1e30))))  ;; #2242
    (call $pf32 (f32.sqrt (f32.const -1e30)))  ;; #2243
    (call $pf32 (f32.sqrt (call $id (f32.const -1e30))))  ;; #2244
    (call $pf32 (f32.sqrt (f32.const inf)))  ;; #2245
    (call $pf32 (f32.sqrt (call $id (f32.const inf))))  ;; #2246
    (call $pf32 (f32.sqrt (f32.const -inf)))  ;; #2247
    (call $pf32 (f32.sqrt (call $id (f32.const -inf))))  ;; #2248
    (call $pf32 (f32.sqrt (f32.const nan)))  ;; #2249
    (call $pf32 (f32.sqrt (call $id (f32.const nan))))  ;; #2250
    (call $pf32 (f32.sqrt (f32.const 0x1p-149)))  ;; #2251
    (call $pf32 (f32.sqrt (call $id (f32.const 0x1p-149))))  ;; #2252
    (call $pf32 (f32.sqrt (f32.const 0x1.fffffep+127)))  ;; #2253
    (call $pf32 (f32.sqrt (call $id (f32.const 0x1.fffffep+127))))  ;; #2254
    (call $pf32 (f32.sqrt (f32.const 2)))  ;; #2255
    (call $pf32 (f32.sqrt (call $id (f32.const 2))))  ;; #2256
    (call $pf32 (f32.sqrt (f32.const 0.1)))  ;; #2257
    (call $pf32 (f32.sqrt (call $id (f32.const 0.1))))  ;; #2258
    (call $pf32 (f32.sqrt (f32.const -7.75)))  ;; #2259
    (call $pf32 (f32.sqrt (call $id (f32.const -7.75))))  ;; #2260
    (call $pf32 (f32.sqrt (f32.const 1e-40)))  ;; #2261
    (call $pf32 (f32.sqrt (call $id (f32.const 1e-40))))  ;; #2262
    (call $pf32 (f32.ceil (f32.const 0)))  ;; #2263
    (call $pf32 (f32.ceil (call $id (f32.const 0))))  ;; #2264
    (call $pf32 (f32.ceil (f32.const -0)))  ;; #2265
    (call $pf32 (f32.ceil (call $id (f32.const -0))))  ;; #2266
    (call $pf32 (f32.ceil (f32.const 0.5)))  ;; #2267
    (call $pf32 (f32.ceil (call $id (f32.const 0.5))))  ;; #2268
    (call $pf32 (f32.ceil (f32.const -0.5)))  ;; #2269
    (call $pf32 (f32.ceil (call $id (f32.const -0.5))))  ;; #2270
    (call $pf32 (f32.ceil (f32.const 1.5)))  ;; #2271
    (call $pf32 (f32.ceil (call $id (f32.const 1.5))))  ;; #2272
    (call $pf32 (f32.ceil (f32.const -1.5)))  ;; #2273
    (call $pf32 (f32.ceil (call $id (f32.const -1.5))))  ;; #2274
    (call $pf32 (f32.ceil (f32.const 2.5)))  ;; #2275
    (call $pf32 (f32.ceil (call $id (f32.const 2.5))))  ;; #2276
    (call $pf32 (f32.ceil (f32.const -2.5)))  ;; #2277
    (call $pf32 (f32.ceil (call $id (f32.const -2.5))))  ;; #2278
    (call $pf32 (f32.ceil (f32.const 3.5)))  ;; #2279
    (call $pf32 (f32.ceil (call $id (f32.const 3.5))))  ;; #2280
    (call $pf32 (f32.ceil (f32.const 4.5)))  ;; #2281
    (call $pf32 (f32.ceil (call $id (f32.const 4.5))))  ;; #2282
    (call $pf32 (f32.ceil (f32.const 0.49999997)))  ;; #2283
    (call $pf32 (f32.ceil (call $id (f32.const 0.49999997))))  ;; #2284
    (call $pf32 (f32.ceil (f32.const 8388609)))  ;; #2285
    (call $pf32 (f32.ceil (call $id (f32.const 8388609))))  ;; #2286
    (call $pf32 (f32.ceil (f32.const 1e30)))  ;; #2287
    (call $pf32 (f32.ceil (call $id (f32.const 1e30))))  ;; #2288
    (call $pf32 (f32.ceil (f32.const -1e30)))  ;; #2289
    (call $pf32 (f32.ceil (call $id (f32.const -1e30))))  ;; #2290
    (call $pf32 (f32.ceil (f32.const inf)))  ;; #2291
    (call $pf32 (f32.ceil (call $id (f32.const inf))))  ;; #2292
    (call $pf32 (f32.ceil (f32.const -inf)))  ;; #2293
    (call $pf32 (f32.ceil (call $id (f32.const -inf))))  ;; #2294
    (call $pf32 (f32.ceil (f32.const nan)))  ;; #2295
    (call $pf32 (f32.ceil (call $id (f32.const nan))))  ;; #2296
    (call $pf32 (f32.ceil (f32.const 0x1p-149)))  ;; #2297
    (call $pf32 (f32.ceil (call $id (f32.const 0x1p-149))))  ;; #2298
    (call $pf32 (f32.ceil (f32.const 0x1.fffffep+127)))  ;; #2299
    (call $pf32 (f32.ceil (call $id (f32.const 0x1.fffffep+127))))  ;; #2300
    (call $pf32 (f32.ceil (f32.const 2)))  ;; #2301
    (call $pf32 (f32.ceil (call $id (f32.const 2))))  ;; #2302
    (call $pf32 (f32.ceil (f32.const 0.1)))  ;; #2303
    (call $pf32 (f32.ceil (call $id (f32.const 0.1))))  ;; #2304
    (call $pf32 (f32.ceil (f32.const -7.75)))  ;; #2305
    (call $pf32 (f32.ceil (call $id (f32.const -7.75))))  ;; #2306
    (call $pf32 (f32.ceil (f32.const 1e-40)))  ;; #2307
    (call $pf32 (f32.ceil (call $id (f32.const 1e-40))))  ;; #2308
    (call $pf32 (f32.floor (f32.const 0)))  ;; #2309
    (call $pf32 (f32.floor (call $id (f32.const 0))))  ;; #2310
    (call $pf32 (f32.floor (f32.const -0)))  ;; #2311
    (call $pf32 (f32.floor (call $id (f32.const -0))))  ;; #2312
    (call $pf32 (f32.floor (f32.const 0.5)))  ;; #2313
    (call $pf32 (f32.floor (call $id (f32.const 0.5))))  ;; #2314
    (call $pf32 (f32.floor (f32.const -0.5)))  ;; #2315
    (call $pf32 (f32.floor (call $id (f32.const -0.5))))  ;; #2316
    (call $pf32 (f32.floor (f32.const 1.5)))  ;; #2317
    (call $pf32 (f32.floor (call $id (f32.const 1.5))))  ;; #2318
    (call $pf32 (f32.floor (f32.const -1.5)))  ;; #2319
    (call $pf32 (f32.floor (call $id (f32.const -1.5))))  ;; #2320
    (call $pf32 (f32.floor (f32.const 2.5)))  ;; #2321
    (call $pf32 (f32.floor (call $id (f32.const 2.5))))  ;; #2322
    (call $pf32 (f32.floor (f32.const -2.5)))  ;; #2323
    (call $pf32 (f32.floor (call $id (f32.const -2.5))))  ;; #2324
    (call $pf32 (f32.floor (f32.const 3.5)))  ;; #2325
    (call $pf32 (f32.floor (call $id (f32.const 3.5))))  ;; #2326
    (call $pf32 (f32.floor (f32.const 4.5)))  ;; #2327
    (call $pf32 (f32.floor (call $id (f32.const 4.5))))  ;; #2328
    (call $pf32 (f32.floor (f32.const 0.49999997)))  ;; #2329
    (call $pf32 (f32.floor (call $id (f32.const 0.49999997))))  ;; #2330
    (call $pf32 (f32.floor (f32.const 8388609)))  ;; #2331
    (call $pf32 (f32.floor (call $id (f32.const 8388609))))  ;; #2332
    (call $pf32 (f32.floor (f32.const 1e30)))  ;; #2333
    (call $pf32 (f32.floor (call $id (f32.const 1e30))))  ;; #2334
    (call $pf32 (f32.floor (f32.const -1e30)))  ;; #2335
    (call $pf32 (f32.floor (call $id (f32.const -1e30))))  ;; #2336
    (call $pf32 (f32.floor (f32.const inf)))  ;; #2337
    (call $pf32 (f32.floor (call $id (f32.const inf))))  ;; #2338
    (call $pf32 (f32.floor (f32.const -inf)))  ;; #2339
    (call $pf32 (f32.floor (call $id (f32.const -inf))))  ;; #2340
    (call $pf32 (f32.floor (f32.const nan)))  ;; #2341
    (call $pf32 (f32.floor (call $id (f32.const nan))))  ;; #2342
    (call $pf32 (f32.floor (f32.const 0x1p-149)))  ;; #2343
    (call $pf32 (f32.floor (call $id (f32.const 0x1p-149))))  ;; #2344
    (call $pf32 (f32.floor (f32.const 0x1.fffffep+127)))  ;; #2345
    (call $pf32 (f32.floor (call $id (f32.const 0x1.fffffep+127))))  ;; #2346
    (call $pf32 (f32.floor (f32.const 2)))  ;; #2347
    (call $pf32 (f32.floor (call $id (f32.const 2))))  ;; #2348
    (call $pf32 (f32.floor (f32.const 0.1)))  ;; #2349
    (call $pf32 (f32.floor (call $id (f32.const 0.1))))  ;; #2350
    (call $pf32 (f32.floor (f32.const -7.75)))  ;; #2351
    (call $pf32 (f32.floor (call $id (f32.const -7.75))))  ;; #2352
    (call $pf32 (f32.floor (f32.const 1e-40)))  ;; #2353
    (call $pf32 (f32.floor (call $id (f32.const 1e-40))))  ;; #2354
    (call $pf32 (f32.trunc (f32.const 0)))  ;; #2355
    (call $pf32 (f32.trunc (call $id (f32.const 0))))  ;; #2356
    (call $pf32 (f32.trunc (f32.const -0)))  ;; #2357
    (call $pf32 (f32.trunc (call $id (f32.const -0))))  ;; #2358
    (call $pf32 (f32.trunc (f32.const 0.5)))  ;; #2359
    (call $pf32 (f32.trunc (call $id (f32.const 0.5))))  ;; #2360
    (call $pf32 (f32.trunc (f32.const -0.5)))  ;; #2361
    (call $pf32 (f32.trunc (call $id (f32.const -0.5))))  ;; #2362
    (call $pf32 (f32.trunc (f32.const 1.5)))  ;; #2363
    (call $pf32 (f32.trunc (call $id (f32.const 1.5))))  ;; #2364
    (call $pf32 (f32.trunc (f32.const -1.5)))  ;; #2365
    (call $pf32 (f32.trunc (call $id (f32.const -1.5))))  ;; #2366
    (call $pf32 (f32.trunc (f32.const 2.5)))  ;; #2367
    (call $pf32 (f32.trunc (call $id (f32.const 2.5))))  ;; #2368
    (call $pf32 (f32.trunc (f32.const -2.5)))  ;; #2369
    (call $pf32 (f32.trunc (call $id (f32.const -2.5))))  ;; #2370
    (call $pf32 (f32.trunc (f32.const 3.5)))  ;; #2371
    (call $pf32 (f32.trunc (call $id (f32.const 3.5))))  ;; #2372
    (call $pf32 (f32.trunc (f32.const 4.5)))  ;; #2373
    (call $pf32 (f32.trunc (call $id (f32.const 4.5))))  ;; #2374
    (call $pf32 (f32.trunc (f32.const 0.49999997)))  ;; #2375
    (call $pf32 (f32.trunc (call $id (f32.const 0.49999997))))  ;; #2376
    (call $pf32 (f32.trunc (f32.const 8388609)))  ;; #2377
    (call $pf32 (f32.trunc (call $id (f32.const 8388609))))  ;; #2378
    (call $pf32 (f32.trunc (f32.const 1e30)))  ;; #2379
    (call $pf32 (f32.trunc (call $id (f32.const 1e30))))  ;; #2380
    (call $pf32 (f32.trunc (f32.const -1e30)))  ;; #2381
    (call $pf32 (f32.trunc (call $id (f32.const -1e30))))  ;; #2382
    (call $pf32 (f32.trunc (f32.const inf)))  ;; #2383
    (call $pf32 (f32.trunc (call $id (f32.const inf))))  ;; #2384
    (call $pf32 (f32.trunc (f32.const -inf)))  ;; #2385
    (call $pf32 (f32.trunc (call $id (f32.const -inf))))  ;; #2386
    (call $pf32 (f32.trunc (f32.const nan)))  ;; #2387
    (call $pf32 (f32.trunc (call $id (f32.const nan))))  ;; #2388
    (call $pf32 (f32.trunc (f32.const 0x1p-149)))  ;; #2389
    (call $pf32 (f32.trunc (call $id (f32.const 0x1p-149))))  ;; #2390
    (call $pf32 (f32.trunc (f32.const 0x1.fffffep+127)))  ;; #2391
    (call $pf32 (f32.trunc (call $id (f32.const 0x1.fffffep+127))))  ;; #2392
    (call $pf32 (f32.trunc (f32.const 2)))  ;; #2393
    (call $pf32 (f32.trunc (call $id (f32.const 2))))  ;; #2394
    (call $pf32 (f32.trunc (f32.const 0.1)))  ;; #2395
    (call $pf32 (f32.trunc (call $id (f32.const 0.1))))  ;; #2396
    (call $pf32 (f32.trunc (f32.const -7.75)))  ;; #2397
    (call $pf32 (f32.trunc (call $id (f32.const -7.75))))  ;; #2398
    (call $pf32 (f32.trunc (f32.const 1e-40)))  ;; #2399
    (call $pf32 (f32.trunc (call $id (f32.const 1e-40))))  ;; #2400
    (call $pf32 (f32.nearest (f32.const 0)))  ;; #2401
    (call $pf32 (f32.nearest (call $id (f32.const 0))))  ;; #2402
    (call $pf32 (f32.nearest (f32.const -0)))  ;; #2403
    (call $pf32 (f32.nearest (call $id (f32.const -0))))  ;; #2404
    (call $pf32 (f32.nearest (f32.const 0.5)))  ;; #2405
    (call $pf32 (f32.nearest (call $id (f32.const 0.5))))  ;; #2406
    (call $pf32 (f32.nearest (f32.const -0.5)))  ;; #2407
    (call $pf32 (f32.nearest (call $id (f32.const -0.5))))  ;; #2408
    (call $pf32 (f32.nearest (f32.const 1.5)))  ;; #2409
    (call $pf32 (f32.nearest (call $id (f32.const 1.5))))  ;; #2410
    (call $pf32 (f32.nearest (f32.const -1.5)))  ;; #2411
    (call $pf32 (f32.nearest (call $id (f32.const -1.5))))  ;; #2412
    (call $pf32 (f32.nearest (f32.const 2.5)))  ;; #2413
    (call $pf32 (f32.nearest (call $id (f32.const 2.5))))  ;; #2414
    (call $pf32 (f32.nearest (f32.const -2.5)))  ;; #2415
    (call $pf32 (f32.nearest (call $id (f32.const -2.5))))  ;; #2416
    (call $pf32 (f32.nearest (f32.const 3.5)))  ;; #2417
    (call $pf32 (f32.nearest (call $id (f32.const 3.5))))  ;; #2418
    (call $pf32 (f32.nearest (f32.const 4.5)))  ;; #2419
    (call $pf32 (f32.nearest (call $id (f32.const 4.5))))  ;; #2420
    (call $pf32 (f32.nearest (f32.const 0.49999997)))  ;; #2421
    (call $pf32 (f32.nearest (call $id (f32.const 0.49999997))))  ;; #2422
    (call $pf32 (f32.nearest (f32.const 8388609)))  ;; #2423
    (call $pf32 (f32.nearest (call $id (f32.const 8388609))))  ;; #2424
    (call $pf32 (f32.nearest (f32.const 1e30)))  ;; #2425
    (call $pf32 (f32.nearest (call $id (f32.const 1e30))))  ;; #2426
    (call $pf32 (f32.nearest (f32.const -1e30)))  ;; #2427
    (call $pf32 (f32.nearest (call $id (f32.const -1e30))))  ;; #2428
    (call $pf32 (f32.nearest (f32.const inf)))  ;; #2429
    (call $pf32 (f32.nearest (call $id (f32.const inf))))  ;; #2430
    (call $pf32 (f32.nearest (f32.const -inf)))  ;; #2431
    (call $pf32 (f32.nearest (call $id (f32.const -inf))))  ;; #2432
    (call $pf32 (f32.nearest (f32.const nan)))  ;; #2433
    (call $pf32 (f32.nearest (call $id (f32.const nan))))  ;; #2434
    (call $pf32 (f32.nearest (f32.const 0x1p-149)))  ;; #2435
    (call $pf32 (f32.nearest (call $id (f32.const 0x1p-149))))  ;; #2436
    (call $pf32 (f32.nearest (f32.const 0x1.fffffep+127)))  ;; #2437
    (call $pf32 (f32.nearest (call $id (f32.const 0x1.fffffep+127))))  ;; #2438
    (call $pf32 (f32.nearest (f32.const 2)))  ;; #2439
    (call $pf32 (f32.nearest (call $id (f32.const 2))))  ;; #2440
    (call $pf32 (f32.nearest (f32.const 0.1)))  ;; #2441
    (call $pf32 (f32.nearest (call $id (f32.const 0.1))))  ;; #2442
    (call $pf32 (f32.nearest (f32.const -7.75)))  ;; #2443
    (call $pf32 (f32.nearest (call $id (f32.const -7.75))))  ;; #2444
    (call $pf32 (f32.nearest (f32.const 1e-40)))  ;; #2445
    (call $pf32 (f32.nearest (call $id (f32.const 1e-40))))  ;; #2446
    (call $p (i32.reinterpret_f32 (f32.abs (f32.const nan))))  ;; #2447
    (call $p (i32.reinterpret_f32 (f32.neg (f32.const nan))))  ;; #2448
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const nan) (f32.const -1))))  ;; #2449
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const 2) (f32.const nan))))  ;; #2450
    (call $p (i32.reinterpret_f32 (f32.abs (call $id (f32.const nan)))))  ;; #2451
    (call $p (i32.reinterpret_f32 (f32.neg (call $id (f32.const nan)))))  ;; #2452
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const nan)) (call $id (f32.const -1)))))  ;; #2453
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const 2)) (call $id (f32.const nan)))))  ;; #2454
    (call $p (i32.reinterpret_f32 (f32.abs (f32.const -nan))))  ;; #2455
    (call $p (i32.reinterpret_f32 (f32.neg (f32.const -nan))))  ;; #2456
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const -nan) (f32.const -1))))  ;; #2457
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const 2) (f32.const -nan))))  ;; #2458
    (call $p (i32.reinterpret_f32 (f32.abs (call $id (f32.const -nan)))))  ;; #2459
    (call $p (i32.reinterpret_f32 (f32.neg (call $id (f32.const -nan)))))  ;; #2460
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const -nan)) (call $id (f32.const -1)))))  ;; #2461
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const 2)) (call $id (f32.const -nan)))))  ;; #2462
    (call $p (i32.reinterpret_f32 (f32.abs (f32.const nan:0x200000))))  ;; #2463
    (call $p (i32.reinterpret_f32 (f32.neg (f32.const nan:0x200000))))  ;; #2464
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const nan:0x200000) (f32.const -1))))  ;; #2465
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const 2) (f32.const nan:0x200000))))  ;; #2466
    (call $p (i32.reinterpret_f32 (f32.abs (call $id (f32.const nan:0x200000)))))  ;; #2467
    (call $p (i32.reinterpret_f32 (f32.neg (call $id (f32.const nan:0x200000)))))  ;; #2468
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const nan:0x200000)) (call $id (f32.const -1)))))  ;; #2469
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const 2)) (call $id (f32.const nan:0x200000)))))  ;; #2470
    (call $p (i32.reinterpret_f32 (f32.abs (f32.const -nan:0x1))))  ;; #2471
    (call $p (i32.reinterpret_f32 (f32.neg (f32.const -nan:0x1))))  ;; #2472
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const -nan:0x1) (f32.const -1))))  ;; #2473
    (call $p (i32.reinterpret_f32 (f32.copysign (f32.const 2) (f32.const -nan:0x1))))  ;; #2474
    (call $p (i32.reinterpret_f32 (f32.abs (call $id (f32.const -nan:0x1)))))  ;; #2475
    (call $p (i32.reinterpret_f32 (f32.neg (call $id (f32.const -nan:0x1)))))  ;; #2476
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const -nan:0x1)) (call $id (f32.const -1)))))  ;; #2477
    (call $p (i32.reinterpret_f32 (f32.copysign (call $id (f32.const 2)) (call $id (f32.const -nan:0x1)))))  ;; #2478
  )
)
