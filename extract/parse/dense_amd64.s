//go:build !purego

#include "textflag.h"

// ADD16 widens the 16 bytes at off(DX) to 16-bit lanes in tmp and adds
// them to acc.
#define ADD16(off, tmp, acc) \
	VPMOVZXBW off(DX), tmp; \
	VPADDW tmp, acc, acc

// FLUSH widens the sixteen 16-bit lanes of acc (xacc its low half) to
// 32 bits, takes the bias in Y15 from each and adds them to the scores at
// off(DI).
#define FLUSH(acc, xacc, off) \
	VEXTRACTI128 $1, acc, X8; \
	VPMOVZXWD xacc, Y9; \
	VPMOVZXWD X8, Y10; \
	VPSUBD Y15, Y9, Y9; \
	VPSUBD Y15, Y10, Y10; \
	VPADDD off(DI), Y9, Y9; \
	VPADDD off+32(DI), Y10, Y10; \
	VMOVDQU Y9, off(DI); \
	VMOVDQU Y10, off+32(DI)

// func addDenseAVX2(scores *scoreArray, dense *uint64, rows []int32)
//
// Adds to scores[0:128] the 128 bytes of each of rows (offsets in words
// from dense), less 128 each: eight 16-byte loads a row, widened to
// sixteen 16-bit lanes and added to eight accumulator registers, which
// are widened to 32 bits and added to scores at the end. The lanes do not
// overflow before 257 rows (weights+128 are at most 255).
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-40
	MOVQ scores+0(FP), DI
	MOVQ dense+8(FP), SI
	MOVQ rows_base+16(FP), BX
	MOVQ rows_len+24(FP), CX
	MOVQ CX, R8
	VPXOR Y0, Y0, Y0
	VPXOR Y1, Y1, Y1
	VPXOR Y2, Y2, Y2
	VPXOR Y3, Y3, Y3
	VPXOR Y4, Y4, Y4
	VPXOR Y5, Y5, Y5
	VPXOR Y6, Y6, Y6
	VPXOR Y7, Y7, Y7
	TESTQ CX, CX
	JZ done

loop:
	MOVLQSX (BX), AX
	LEAQ (SI)(AX*8), DX
	ADD16(0, Y8, Y0)
	ADD16(16, Y9, Y1)
	ADD16(32, Y10, Y2)
	ADD16(48, Y11, Y3)
	ADD16(64, Y12, Y4)
	ADD16(80, Y13, Y5)
	ADD16(96, Y14, Y6)
	ADD16(112, Y15, Y7)
	ADDQ $4, BX
	DECQ CX
	JNZ loop

done:
	// bias = 128 a row, in every 32-bit lane of Y15
	SHLQ $7, R8
	MOVQ R8, X15
	VPBROADCASTD X15, Y15
	FLUSH(Y0, X0, 0)
	FLUSH(Y1, X1, 64)
	FLUSH(Y2, X2, 128)
	FLUSH(Y3, X3, 192)
	FLUSH(Y4, X4, 256)
	FLUSH(Y5, X5, 320)
	FLUSH(Y6, X6, 384)
	FLUSH(Y7, X7, 448)
	VZEROUPPER
	RET
