/* The NER tagger's CRF inference, compiled: state scores, Viterbi path and the marginal
 * probability of each chosen label, for one sentence.
 *
 * ``tag(items, index, labels, weights, trans, exp_trans, n_labels, other)``: ``items`` is
 * the sentence, one tuple of attributes (bytes) per token; ``index`` maps an attribute to
 * ``first * 64 + count``, its state features being ``count`` entries of ``labels`` (ints)
 * and ``weights`` (doubles) from ``first``; an attribute not in ``index`` is skipped, as
 * crfsuite skips attributes its model does not know. ``trans`` holds ``n_labels`` rows of
 * ``n_labels`` transition weights (from the row's label to the column's), ``exp_trans``
 * the ``exp`` of each (as C's ``exp`` gives it: Python's ``math.exp``); ``dense`` (optional,
 * false by default) promises that every attribute with ``n_labels`` features has them in
 * label order, ``0`` to ``n_labels - 1``, so their weights are added as one row. It returns
 * ``(labels, marginals)``: the label ids of the best path and, when some label is not
 * ``other`` (the id of "O"), the marginal probability of each chosen label (else ``None``).
 * ``tag_packed(packs, extras, index, ...)`` does the same for a sentence as
 * ``marsad.ner.features.Features.packed_parts`` gives it: each word's record with its
 * attributes already looked up in ``index`` (int32 bytes, kept per word), and per token its
 * bigram and gazetteer attributes. The attributes ``Features`` would join into one tuple per
 * token are read where they lie, in the same order: no tuple is made, and a word's
 * attributes are looked up once, not at every token they reach.
 *
 * It computes what crfsuite's 1-d tagger (``crf1d_tag.c``, ``crf1d_context.c``, the library
 * python-crfsuite wraps) computes, in the same order: a token's score for a label is the sum
 * of its attributes' weights added one by one in the item's order, so the scores, and the
 * Viterbi path with its ties, are the same to the bit; the marginals come from the same
 * scaled forward-backward pass. ``marsad.ner.crf`` loads a model for it, and
 * ``tests/test_ner_crf.py`` holds it to python-crfsuite's answers.
 *
 * The capsule ``_api`` (``_crfapi.h``, round 34) gives ``_fastfeat.spans`` the same scoring
 * and decoding from C arrays (a sentence's packed records, and its other attributes, in
 * ``tag_packed``'s order) and cuts the spans there too, as ``CompiledCRF.spans`` and
 * ``tagger.tag_spans`` do (each with the lowest marginal of its labels, as ``min`` finds it).
 * Round 35: a word's card carries its own part's scores summed once (``with_own``), copied
 * into its row instead of added anew at each of its tokens (the same sums, so the same bits),
 * and the backward pass stops at the first token not "O" (no span reads a marginal before).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "_crfapi.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_LABELS 64

/* ---- The three products of a token with the transition matrix (``L`` labels): the forward
 * and backward passes of the marginals and the Viterbi step. Each runs with SSE2 (the
 * x86-64 baseline; plain C elsewhere) or, where the CPU has it, AVX2 (chosen once, when the
 * module loads: ``use_avx2``). Either way each label's sum gets its terms one by one in the
 * plain loop's order, each product and each sum rounded as there (never a fused
 * multiply-add: AVX2 alone has none), and each label's best previous label is the first
 * best, as the plain loop finds it: the same bits, whichever runs. */

/* ``cur[j]`` = the sum over ``i`` of ``prev[i] * tr[i][j]``, ``i`` in order. */
static void
forward_sse2(const double *prev, const double *tr, int L, double *cur)
{
    int j = 0;
#ifdef __SSE2__
    for (; j + 2 <= L; j += 2) {
        __m128d sum = _mm_setzero_pd();
        for (int i = 0; i < L; i++)
            sum = _mm_add_pd(sum, _mm_mul_pd(_mm_set1_pd(prev[i]), _mm_loadu_pd(tr + i * L + j)));
        _mm_storeu_pd(cur + j, sum);
    }
#endif
    for (; j < L; j++) {
        double sum = 0.0;
        for (int i = 0; i < L; i++)
            sum += prev[i] * tr[i * L + j];
        cur[j] = sum;
    }
}

/* ``cur[i]`` = the sum over ``j`` of ``tr[i][j] * row[j]``, ``j`` in order; ``tr_t`` is
 * ``tr`` transposed, where two labels' terms lie side by side. */
static void
backward_sse2(const double *tr, const double *tr_t, const double *row, int L, double *cur)
{
    int i = 0;
#ifdef __SSE2__
    for (; i + 2 <= L; i += 2) {
        __m128d sum = _mm_setzero_pd();
        for (int j = 0; j < L; j++)
            sum = _mm_add_pd(sum, _mm_mul_pd(_mm_loadu_pd(tr_t + j * L + i), _mm_set1_pd(row[j])));
        _mm_storeu_pd(cur + i, sum);
    }
#endif
    for (; i < L; i++) {
        double sum = 0.0;
        for (int j = 0; j < L; j++)
            sum += tr[i * L + j] * row[j];
        cur[i] = sum;
    }
}

/* The Viterbi step for the labels from ``j`` on, one at a time: what the vector loops leave
 * (an odd last label, or every label where no vector unit is there). */
static void
viterbi_from(const double *prev, const double *tr, const double *st, int L, double *cur,
             int *bk, int j)
{
    for (; j < L; j++) {
        double best = -DBL_MAX;
        int best_i = 0;
        for (int i = 0; i < L; i++) {
            double s = prev[i] + tr[i * L + j];
            if (best < s) {
                best = s;
                best_i = i;
            }
        }
        cur[j] = best + st[j];
        bk[j] = best_i;
    }
}

/* One Viterbi step (crfsuite's ``crf1dc_viterbi``): for each label ``j``, the previous
 * labels ``i`` in order, the first best ``prev[i] + tr[i][j]`` kept; ``cur[j]`` is it plus
 * ``st[j]``, ``bk[j]`` its ``i``. Vectors keep the back-pointer as a double beside the score,
 * so one compare mask picks both the larger score and its label (``max(s, c)`` is
 * ``c < s ? s : c``, the same test, NaN included). */
static void
viterbi_sse2(const double *prev, const double *tr, const double *st, int L, double *cur,
             int *bk)
{
    int j = 0;
#ifdef __SSE2__
    for (; j + 2 <= L; j += 2) {
        __m128d best = _mm_set1_pd(-DBL_MAX), best_i = _mm_setzero_pd();
        for (int i = 0; i < L; i++) {
            __m128d s = _mm_add_pd(_mm_set1_pd(prev[i]), _mm_loadu_pd(tr + i * L + j));
            __m128d better = _mm_cmplt_pd(best, s);
            best = _mm_max_pd(s, best);
            best_i = _mm_or_pd(_mm_and_pd(better, _mm_set1_pd((double)i)),
                               _mm_andnot_pd(better, best_i));
        }
        double got[2];
        _mm_storeu_pd(cur + j, _mm_add_pd(best, _mm_loadu_pd(st + j)));
        _mm_storeu_pd(got, best_i);
        bk[j] = (int)got[0];
        bk[j + 1] = (int)got[1];
    }
#endif
    viterbi_from(prev, tr, st, L, cur, bk, j);
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <immintrin.h>
#define AVX2_KERNELS 1

/* The lanes of a vector of four labels that hold one of the last ``left`` (1 to 3): the
 * kernels below end a row with such a vector, where the plain loop went on label by label;
 * each kept lane takes the plain loop's steps in its order, so the same bits. A masked-off
 * lane is never read (no load past the tables' end) and never stored. */
__attribute__((target("avx2"))) static inline __m256i
tail_mask(int left)
{
    return _mm256_cmpgt_epi64(_mm256_set1_epi64x(left), _mm256_set_epi64x(3, 2, 1, 0));
}

/* ``forward_sse2``, four labels at a time */
__attribute__((target("avx2"))) static void
forward_avx2(const double *prev, const double *tr, int L, double *cur)
{
    int j = 0;
    for (; j + 4 <= L; j += 4) {
        __m256d sum = _mm256_setzero_pd();
        for (int i = 0; i < L; i++)
            sum = _mm256_add_pd(sum, _mm256_mul_pd(_mm256_set1_pd(prev[i]),
                                                   _mm256_loadu_pd(tr + i * L + j)));
        _mm256_storeu_pd(cur + j, sum);
    }
    if (j < L) {  /* the last labels: one vector, lanes past ``L`` masked off (``tail_mask``) */
        const __m256i mask = tail_mask(L - j);
        __m256d sum = _mm256_setzero_pd();
        for (int i = 0; i < L; i++)
            sum = _mm256_add_pd(sum, _mm256_mul_pd(_mm256_set1_pd(prev[i]),
                                                   _mm256_maskload_pd(tr + i * L + j, mask)));
        _mm256_maskstore_pd(cur + j, mask, sum);
    }
}

/* ``backward_sse2``, four labels at a time */
__attribute__((target("avx2"))) static void
backward_avx2(const double *tr, const double *tr_t, const double *row, int L, double *cur)
{
    (void)tr;  /* every label from ``tr_t``, the last ones too (``tail_mask``) */
    int i = 0;
    for (; i + 4 <= L; i += 4) {
        __m256d sum = _mm256_setzero_pd();
        for (int j = 0; j < L; j++)
            sum = _mm256_add_pd(sum, _mm256_mul_pd(_mm256_loadu_pd(tr_t + j * L + i),
                                                   _mm256_set1_pd(row[j])));
        _mm256_storeu_pd(cur + i, sum);
    }
    if (i < L) {  /* the last labels, as in ``forward_avx2`` */
        const __m256i mask = tail_mask(L - i);
        __m256d sum = _mm256_setzero_pd();
        for (int j = 0; j < L; j++)
            sum = _mm256_add_pd(sum, _mm256_mul_pd(_mm256_maskload_pd(tr_t + j * L + i, mask),
                                                   _mm256_set1_pd(row[j])));
        _mm256_maskstore_pd(cur + i, mask, sum);
    }
}

/* ``viterbi_sse2``, four labels at a time (``_CMP_LT_OS`` is SSE2's ``cmplt``) */
__attribute__((target("avx2"))) static void
viterbi_avx2(const double *prev, const double *tr, const double *st, int L, double *cur,
             int *bk)
{
    int j = 0;
    for (; j + 4 <= L; j += 4) {
        __m256d best = _mm256_set1_pd(-DBL_MAX), best_i = _mm256_setzero_pd();
        for (int i = 0; i < L; i++) {
            __m256d s = _mm256_add_pd(_mm256_set1_pd(prev[i]), _mm256_loadu_pd(tr + i * L + j));
            __m256d better = _mm256_cmp_pd(best, s, _CMP_LT_OS);
            best = _mm256_max_pd(s, best);
            best_i = _mm256_blendv_pd(best_i, _mm256_set1_pd((double)i), better);
        }
        double got[4];
        _mm256_storeu_pd(cur + j, _mm256_add_pd(best, _mm256_loadu_pd(st + j)));
        _mm256_storeu_pd(got, best_i);
        for (int k = 0; k < 4; k++)
            bk[j + k] = (int)got[k];
    }
    if (j < L) {
        /* the last one to three labels (the tagger has 15) as one more vector (``tail_mask``):
         * the same bits as ``viterbi_from``, which took a third of the Viterbi's time here */
        const __m256i mask = tail_mask(L - j);
        __m256d best = _mm256_set1_pd(-DBL_MAX), best_i = _mm256_setzero_pd();
        for (int i = 0; i < L; i++) {
            __m256d s = _mm256_add_pd(_mm256_set1_pd(prev[i]),
                                      _mm256_maskload_pd(tr + i * L + j, mask));
            __m256d better = _mm256_cmp_pd(best, s, _CMP_LT_OS);
            best = _mm256_max_pd(s, best);
            best_i = _mm256_blendv_pd(best_i, _mm256_set1_pd((double)i), better);
        }
        double got[4];
        _mm256_maskstore_pd(cur + j, mask,
                            _mm256_add_pd(best, _mm256_maskload_pd(st + j, mask)));
        _mm256_storeu_pd(got, best_i);
        for (int k = 0; j + k < L; k++)
            bk[j + k] = (int)got[k];
    }
}
#endif

static void (*forward_step)(const double *, const double *, int, double *) = forward_sse2;
static void (*backward_step)(const double *, const double *, const double *, int,
                             double *) = backward_sse2;
static void (*viterbi_step)(const double *, const double *, const double *, int, double *,
                            int *) = viterbi_sse2;

/* The marginals of the chosen labels into ``probs`` (``T`` of them; those before ``from``
 * are left unwritten): scaled forward-backward over exp(scores), the backward pass stopping
 * at ``from`` (each step reads only the later ones, so the rest are the same); 0, or -1
 * with an error set. */
static int
marginals_into(const double *state, const double *exp_trans, Py_ssize_t T, int L,
               const int *labels, double *probs, Py_ssize_t from)
{
    double *mem = PyMem_Malloc(sizeof(double) * (size_t)(3 * T * L + T + L + L * L));
    if (mem == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    double *exp_state = mem, *alpha = mem + T * L, *beta = alpha + T * L;
    double *scale = beta + T * L, *row = scale + T, *trans_t = row + L;
    for (Py_ssize_t k = 0; k < T * L; k++)
        exp_state[k] = exp(state[k]);
    for (int i = 0; i < L; i++)
        for (int j = 0; j < L; j++)
            trans_t[j * L + i] = exp_trans[i * L + j];

    for (int j = 0; j < L; j++)
        alpha[j] = exp_state[j];
    for (Py_ssize_t t = 0; t < T; t++) {
        double *cur = alpha + t * L;
        if (t > 0) {
            const double *st = exp_state + t * L;
            forward_step(cur - L, exp_trans, L, cur);
            for (int j = 0; j < L; j++)
                cur[j] *= st[j];
        }
        double sum = 0.0;
        for (int j = 0; j < L; j++)
            sum += cur[j];
        scale[t] = (sum != 0.0) ? 1.0 / sum : 1.0;
        for (int j = 0; j < L; j++)
            cur[j] *= scale[t];
    }

    double *last = beta + (T - 1) * L;
    for (int j = 0; j < L; j++)
        last[j] = scale[T - 1];
    for (Py_ssize_t t = T - 2; t >= from; t--) {
        double *cur = beta + t * L;
        const double *next = cur + L, *st = exp_state + (t + 1) * L;
        for (int j = 0; j < L; j++)
            row[j] = next[j] * st[j];
        backward_step(exp_trans, trans_t, row, L, cur);
        for (int j = 0; j < L; j++)
            cur[j] *= scale[t];
    }

    for (Py_ssize_t t = from; t < T; t++) {
        int l = labels[t];
        probs[t] = alpha[t * L + l] * beta[t * L + l] / scale[t];
    }
    PyMem_Free(mem);
    return 0;
}

/* ``marginals_into`` as a new list of floats, or NULL. */
static PyObject *
marginals(const double *state, const double *exp_trans, Py_ssize_t T, int L, const int *labels)
{
    double *probs = PyMem_Malloc(sizeof(double) * (size_t)(T + 1));
    if (probs == NULL)
        return PyErr_NoMemory();
    PyObject *out = NULL;
    if (marginals_into(state, exp_trans, T, L, labels, probs, 0) == 0 &&
            (out = PyList_New(T)) != NULL) {
        for (Py_ssize_t t = 0; t < T; t++) {
            PyObject *p = PyFloat_FromDouble(probs[t]);
            if (p == NULL) {
                Py_CLEAR(out);
                break;
            }
            PyList_SET_ITEM(out, t, p);
        }
    }
    PyMem_Free(probs);
    return out;
}

/* The best path (crfsuite's ``crf1dc_viterbi``, a step a token: ``viterbi_step``), the same
 * sums and comparisons, so the same path, ties included. */
static void
viterbi(const double *state, const double *trans, Py_ssize_t T, int L, double *score,
        int *back, int *labels)
{
    for (int j = 0; j < L; j++)
        score[j] = state[j];
    for (Py_ssize_t t = 1; t < T; t++)
        viterbi_step(score + (t - 1) * L, trans, state + t * L, L, score + t * L, back + t * L);
    const double *end = score + (T - 1) * L;
    double best = -DBL_MAX;
    labels[T - 1] = 0;
    for (int i = 0; i < L; i++) {
        if (best < end[i]) {
            best = end[i];
            labels[T - 1] = i;
        }
    }
    for (Py_ssize_t t = T - 1; t > 0; t--)
        labels[t - 1] = back[t * L + labels[t]];
}

/* A model's tables, as the Python side passes them. */
typedef struct {
    PyObject *index;
    Py_buffer lbuf, wbuf, tbuf, ebuf;
    int L, other;
    int dense;  /* every run of L features holds the labels 0 … L-1 in order */
    Py_ssize_t features;
} Model;

static void
release(Model *m)
{
    PyBuffer_Release(&m->lbuf);
    PyBuffer_Release(&m->wbuf);
    PyBuffer_Release(&m->tbuf);
    PyBuffer_Release(&m->ebuf);
}

/* Checks the tables once parsed (releasing them when they do not fit): 0, or -1. */
static int
check(Model *m)
{
    m->features = m->wbuf.len / (Py_ssize_t)sizeof(double);
    if (m->L <= 0 || m->L > MAX_LABELS
            || m->tbuf.len != (Py_ssize_t)sizeof(double) * m->L * m->L
            || m->ebuf.len != m->tbuf.len
            || m->lbuf.len != (Py_ssize_t)sizeof(int) * m->features) {
        PyErr_SetString(PyExc_ValueError, "the model's tables do not fit n_labels");
        release(m);
        return -1;
    }
    return 0;
}

/* Adds the state weights of one attribute's run of features (packed as ``first * 64 +
 * count``, as ``index`` holds them) to one token's scores: 0, or -1 with an exception set. */
static inline int
add_run(const Model *m, Py_ssize_t packed, double *st)
{
    const int *targets = m->lbuf.buf;
    const double *weights = m->wbuf.buf;
    Py_ssize_t first = packed >> 6, stop = first + (packed & 63);
    if (packed < 0 || stop > m->features) {
        PyErr_SetString(PyExc_IndexError, "attribute features out of range");
        return -1;
    }
    if (m->dense && stop - first == m->L) {
        /* a weight for every label, in label order (most of a token's weights): each label's
         * score gets the same sum as below, two labels at a time */
        const double *w = weights + first;
        int j = 0;
#ifdef __SSE2__
        for (; j + 2 <= m->L; j += 2)
            _mm_storeu_pd(st + j, _mm_add_pd(_mm_loadu_pd(st + j), _mm_loadu_pd(w + j)));
#endif
        for (; j < m->L; j++)
            st[j] += w[j];
        return 0;
    }
    for (Py_ssize_t f = first; f < stop; f++) {
        int j = targets[f];
        if (j < 0 || j >= m->L) {
            PyErr_SetString(PyExc_IndexError, "label out of range");
            return -1;
        }
        st[j] += weights[f];
    }
    return 0;
}

/* Adds the state weights of one attribute (skipped where ``index`` lacks it, as crfsuite
 * skips an attribute its model does not know): 0, or -1 with an exception set. */
static inline int
add_attribute(const Model *m, PyObject *attr, double *st)
{
    PyObject *where = PyDict_GetItemWithError(m->index, attr);
    if (where == NULL)
        return PyErr_Occurred() ? -1 : 0;
    Py_ssize_t packed = PyLong_AsSsize_t(where);
    if (packed == -1 && PyErr_Occurred())
        return -1;
    return add_run(m, packed, st);
}

/* Adds the state weights of a tuple of attributes to one token's scores, in the tuple's
 * order (crfsuite's ``state_score``): 0, or -1 with an exception set. */
static int
add_attributes(const Model *m, PyObject *attrs, double *st)
{
    if (!PyTuple_Check(attrs)) {
        PyErr_SetString(PyExc_TypeError, "attributes must be a tuple");
        return -1;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(attrs);
    for (Py_ssize_t a = 0; a < n; a++)
        if (add_attribute(m, PyTuple_GET_ITEM(attrs, a), st) < 0)
            return -1;
    return 0;
}

/* The labels of the best path over ``state`` (T rows of L scores) and the marginals. */
static PyObject *
decode(const Model *m, const double *state, Py_ssize_t T)
{
    const int L = m->L;
    double *score = PyMem_Malloc(sizeof(double) * (size_t)(T * L));
    /* not zeroed: ``viterbi`` writes every back-pointer it reads and every label */
    int *ints = PyMem_Malloc(sizeof(int) * (size_t)(T * L + T));
    PyObject *result = NULL;
    if (score == NULL || ints == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    int *back = ints, *labels = ints + T * L;
    viterbi(state, m->tbuf.buf, T, L, score, back, labels);

    PyObject *ids = PyList_New(T);
    if (ids == NULL)
        goto done;
    int named = 0;
    for (Py_ssize_t t = 0; t < T; t++) {
        PyObject *id = PyLong_FromLong(labels[t]);
        if (id == NULL) {
            Py_DECREF(ids);
            goto done;
        }
        PyList_SET_ITEM(ids, t, id);
        named |= labels[t] != m->other;
    }
    PyObject *probs;
    if (named) {
        probs = marginals(state, m->ebuf.buf, T, L, labels);
        if (probs == NULL) {
            Py_DECREF(ids);
            goto done;
        }
    } else {
        probs = Py_None;
        Py_INCREF(probs);
    }
    result = PyTuple_Pack(2, ids, probs);
    Py_DECREF(ids);
    Py_DECREF(probs);
done:
    PyMem_Free(score);
    PyMem_Free(ints);
    return result;
}

#define MODEL_FORMAT "O!y*y*y*y*ii|p"
#define MODEL_ARGS(m) &PyDict_Type, &(m).index, &(m).lbuf, &(m).wbuf, &(m).tbuf, &(m).ebuf, \
    &(m).L, &(m).other, &(m).dense

/* ``tag(items, *model)``: one tuple of attributes per token. */
static PyObject *
tag(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *items;
    Model m = {.dense = 0};
    if (!PyArg_ParseTuple(args, "O!" MODEL_FORMAT, &PyList_Type, &items, MODEL_ARGS(m)))
        return NULL;
    if (check(&m) < 0)
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t T = PyList_GET_SIZE(items);
    double *state = PyMem_Calloc((size_t)(T * m.L) + 1, sizeof(double));
    if (state == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (T == 0) {
        result = Py_BuildValue("([]O)", Py_None);
        goto done;
    }
    for (Py_ssize_t t = 0; t < T; t++)
        if (add_attributes(&m, PyList_GET_ITEM(items, t), state + t * m.L) < 0)
            goto done;
    result = decode(&m, state, T);
done:
    PyMem_Free(state);
    release(&m);
    return result;
}

/* Adds the state weights of ``n`` packed attributes (``first * 64 + count``, as ``index``
 * holds them) to one token's scores, in order: 0, or -1 with an exception set. */
static inline int
add_packed(const Model *m, const int32_t *refs, Py_ssize_t n, double *st)
{
    for (Py_ssize_t a = 0; a < n; a++)
        if (add_run(m, refs[a], st) < 0)
            return -1;
    return 0;
}

/* Checks a packed record (int32: the ends of its five parts, then the attributes). */
static int
packed_ok(PyObject *pack)
{
    if (!PyBytes_Check(pack) || PyBytes_GET_SIZE(pack) % 4 || PyBytes_GET_SIZE(pack) < 20) {
        PyErr_SetString(PyExc_TypeError, "a packed record must be int32 bytes, 5 ends first");
        return 0;
    }
    const int32_t *ints = (const int32_t *)PyBytes_AS_STRING(pack);
    Py_ssize_t n = PyBytes_GET_SIZE(pack) / 4 - 5;
    int32_t before = 0;
    for (int p = 0; p < 5; p++) {
        if (ints[p] < before || ints[p] > n) {
            PyErr_SetString(PyExc_ValueError, "a packed record's ends are out of order");
            return 0;
        }
        before = ints[p];
    }
    return 1;
}

/* ``pack(parts, index)``: the five parts of a word's record (tuples of attributes) as
 * ``tag_packed`` reads them: int32s, the end of each part, then the ``index`` value of each
 * attribute found in it, in order (an attribute not in ``index`` is left out). */
static PyObject *
pack(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *parts, *index;
    if (!PyArg_ParseTuple(args, "O!O!", &PyTuple_Type, &parts, &PyDict_Type, &index))
        return NULL;
    if (PyTuple_GET_SIZE(parts) != 5) {
        PyErr_SetString(PyExc_ValueError, "a record has five parts");
        return NULL;
    }
    Py_ssize_t size = 5;
    for (int p = 0; p < 5; p++) {
        PyObject *part = PyTuple_GET_ITEM(parts, p);
        if (!PyTuple_Check(part)) {
            PyErr_SetString(PyExc_TypeError, "a part must be a tuple");
            return NULL;
        }
        size += PyTuple_GET_SIZE(part);
    }
    int32_t *ints = PyMem_Malloc(sizeof(int32_t) * (size_t)size);
    if (ints == NULL)
        return PyErr_NoMemory();
    Py_ssize_t n = 5;
    PyObject *result = NULL;
    for (int p = 0; p < 5; p++) {
        PyObject *part = PyTuple_GET_ITEM(parts, p);
        for (Py_ssize_t a = 0; a < PyTuple_GET_SIZE(part); a++) {
            PyObject *where = PyDict_GetItemWithError(index, PyTuple_GET_ITEM(part, a));
            if (where == NULL) {
                if (PyErr_Occurred())
                    goto done;
                continue;
            }
            long ref = PyLong_AsLong(where);
            if (ref < 0 || ref > INT32_MAX) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_OverflowError, "an index value must fit in int32");
                goto done;
            }
            ints[n++] = (int32_t)ref;
        }
        ints[p] = (int32_t)(n - 5);
    }
    result = PyBytes_FromStringAndSize((const char *)ints, (Py_ssize_t)sizeof(int32_t) * n);
done:
    PyMem_Free(ints);
    return result;
}

/* Adds token ``t``'s attributes of the packed records (checked by ``packed_ok``) of ``<s> <s>
 * words </s> </s>``: part 0 of ``packs[t + 2]``, part 1 of ``packs[t]``, part 2 of
 * ``packs[t + 1]``, part 3 of ``packs[t + 3]``, part 4 of ``packs[t + 4]``, in that order. */
static int
add_parts(const Model *m, PyObject *const *packs, Py_ssize_t t, double *st, int from)
{
    static const int offset[5] = {2, 0, 1, 3, 4};  /* part p of token k: packs[k + offset[p]] */
    for (int p = from; p < 5; p++) {
        const int32_t *ints = (const int32_t *)PyBytes_AS_STRING(packs[t + offset[p]]);
        int32_t begin = p ? ints[p - 1] : 0;
        if (add_packed(m, ints + 5 + begin, ints[p] - begin, st) < 0)
            return -1;
    }
    return 0;
}

/* ``add_parts`` from part 0: all five parts of token ``t``. */
static int
add_records(const Model *m, PyObject *const *packs, Py_ssize_t t, double *st)
{
    return add_parts(m, packs, t, st, 0);
}

/* ``tag_packed(packs, extras, *model)``: a sentence as ``Features.packed_parts`` gives it,
 * one packed record per word of ``<s> <s> words </s> </s>``; token k's attributes are part
 * 0 of ``packs[k+2]``, part 1 of ``packs[k]``, part 2 of ``packs[k+1]``, part 3 of
 * ``packs[k+3]``, part 4 of ``packs[k+4]`` and then ``extras[k]``, in that order. */
static PyObject *
tag_packed(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *packs, *extras;
    Model m = {.dense = 0};
    if (!PyArg_ParseTuple(args, "O!O!" MODEL_FORMAT, &PyList_Type, &packs, &PyList_Type,
                          &extras, MODEL_ARGS(m)))
        return NULL;
    if (check(&m) < 0)
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t T = PyList_GET_SIZE(extras);
    double *state = PyMem_Calloc((size_t)(T * m.L) + 1, sizeof(double));
    if (state == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (PyList_GET_SIZE(packs) != T + 4) {
        PyErr_SetString(PyExc_ValueError, "packs must hold two records more each side");
        goto done;
    }
    for (Py_ssize_t r = 0; r < T + 4; r++)
        if (!packed_ok(PyList_GET_ITEM(packs, r)))
            goto done;
    if (T == 0) {
        result = Py_BuildValue("([]O)", Py_None);
        goto done;
    }
    PyObject *const *records = &PyList_GET_ITEM(packs, 0);
    for (Py_ssize_t t = 0; t < T; t++) {
        double *st = state + t * m.L;
        if (add_records(&m, records, t, st) < 0 ||
                add_attributes(&m, PyList_GET_ITEM(extras, t), st) < 0)
            goto done;
    }
    result = decode(&m, state, T);
done:
    PyMem_Free(state);
    release(&m);
    return result;
}

/* ``use_avx2(on)``: the products in AVX2 (where the CPU has it) or SSE2; it gives whether
 * AVX2 runs now. The module starts with AVX2 where it can; the tests try both. */
static PyObject *
use_avx2(PyObject *Py_UNUSED(self), PyObject *arg)
{
    int on = PyObject_IsTrue(arg);
    if (on < 0)
        return NULL;
    forward_step = forward_sse2;
    backward_step = backward_sse2;
    viterbi_step = viterbi_sse2;
#ifdef AVX2_KERNELS
    __builtin_cpu_init();
    if (on && __builtin_cpu_supports("avx2")) {
        forward_step = forward_avx2;
        backward_step = backward_avx2;
        viterbi_step = viterbi_avx2;
        Py_RETURN_TRUE;
    }
#endif
    Py_RETURN_FALSE;
}


/* ---- The capsule's entry points (``_crfapi.h``): a sentence from its packed records and
 * other attributes to its name spans, for ``_fastfeat.spans``, with no Python object made
 * between (no list of label ids, of marginals, of extras). */

struct CrfModel {
    Model m;
    PyObject *tables;              /* held: the index and the types below live in it */
    PyObject *types[MAX_LABELS];   /* each label's type (``label[2:]``), borrowed */
    int type_id[MAX_LABELS];       /* the first label with an equal type: equal types, equal ids */
    char opens[MAX_LABELS];        /* whether the label opens a name (``B-``) */
};

static CrfModel *
api_open(PyObject *tables)
{
    PyObject *opens, *types;
    CrfModel *cm = PyMem_Calloc(1, sizeof(CrfModel));
    if (cm == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (!PyTuple_Check(tables) || PyTuple_GET_SIZE(tables) != 10) {
        PyErr_SetString(PyExc_TypeError, "span tables are the model's eight, opens and types");
        PyMem_Free(cm);
        return NULL;
    }
    if (!PyArg_ParseTuple(tables, "O!y*y*y*y*iipO!O!", &PyDict_Type, &cm->m.index,
                          &cm->m.lbuf, &cm->m.wbuf, &cm->m.tbuf, &cm->m.ebuf, &cm->m.L,
                          &cm->m.other, &cm->m.dense, &PyTuple_Type, &opens, &PyTuple_Type,
                          &types)) {
        PyMem_Free(cm);
        return NULL;
    }
    if (check(&cm->m) < 0) {
        PyMem_Free(cm);
        return NULL;
    }
    int L = cm->m.L;
    if (PyTuple_GET_SIZE(opens) != L || PyTuple_GET_SIZE(types) != L) {
        PyErr_SetString(PyExc_ValueError, "one opens flag and one type a label");
        goto fail;
    }
    for (int l = 0; l < L; l++) {
        PyObject *typ = PyTuple_GET_ITEM(types, l);
        int open = PyObject_IsTrue(PyTuple_GET_ITEM(opens, l));
        if (open < 0)
            goto fail;
        if (!PyUnicode_Check(typ)) {
            PyErr_SetString(PyExc_TypeError, "a label's type is a string");
            goto fail;
        }
        cm->opens[l] = (char)open;
        cm->types[l] = typ;
        cm->type_id[l] = l;
        for (int k = 0; k < l; k++) {
            if (PyUnicode_Compare(cm->types[k], typ) == 0) {
                cm->type_id[l] = cm->type_id[k];
                break;
            }
        }
    }
    Py_INCREF(tables);
    cm->tables = tables;
    return cm;
fail:
    release(&cm->m);
    PyMem_Free(cm);
    return NULL;
}

static void
api_close(CrfModel *cm)
{
    if (cm == NULL)
        return;
    release(&cm->m);
    Py_XDECREF(cm->tables);
    PyMem_Free(cm);
}

/* ``(first, stop, type, the lowest of probs[first:stop])`` appended to ``out``: 0, or -1. */
static int
append_span(PyObject *out, Py_ssize_t first, Py_ssize_t stop, PyObject *typ,
            const double *probs)
{
    double low = probs[first];  /* ``min``: the first of the lowest, by ``<`` */
    for (Py_ssize_t k = first + 1; k < stop; k++)
        if (probs[k] < low)
            low = probs[k];
    PyObject *span = Py_BuildValue("(nnOd)", first, stop, typ, low);
    if (span == NULL)
        return -1;
    int failed = PyList_Append(out, span);
    Py_DECREF(span);
    return failed;
}

/* The spans of the label ids, as ``CompiledCRF.spans`` reads them (only the labels not
 * "O"; an "O", a ``B-`` or another type ends a span; a stray ``I-`` opens one), each with
 * the lowest marginal of its labels: a new list, or NULL. */
static PyObject *
spans_of(const CrfModel *cm, const int *labels, const double *probs, Py_ssize_t T)
{
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    Py_ssize_t start = -1, stop = -1;
    int typ = -1;
    for (Py_ssize_t i = 0; i < T; i++) {
        int label = labels[i];
        if (label == cm->m.other)
            continue;
        if (start >= 0 && (i != stop || cm->opens[label] || cm->type_id[label] != typ)) {
            if (append_span(out, start, stop, cm->types[typ], probs) < 0)
                goto fail;
            start = -1;
        }
        if (start < 0) {
            start = i;
            typ = cm->type_id[label];
        }
        stop = i + 1;
    }
    if (start >= 0 && append_span(out, start, stop, cm->types[typ], probs) < 0)
        goto fail;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* Where a record (checked by ``packed_ok``) would keep its own part's sums (``with_own``):
 * its int32s' bytes, rounded up to a multiple of 8. */
static Py_ssize_t
own_offset(PyObject *pack)
{
    const int32_t *ints = (const int32_t *)PyBytes_AS_STRING(pack);
    return (4 * (5 + (Py_ssize_t)ints[4]) + 7) / 8 * 8;
}

/* The own part's ``L`` sums a record (checked by ``packed_ok``) carries after its int32s
 * (``api_with_own``), or NULL where it carries none (a record as ``pack`` makes it). */
static const char *
own_of(const Model *m, PyObject *pack)
{
    Py_ssize_t at = own_offset(pack);
    if (PyBytes_GET_SIZE(pack) != at + (Py_ssize_t)sizeof(double) * m->L)
        return NULL;
    return PyBytes_AS_STRING(pack) + at;
}

/* ``with_own`` of ``_crfapi.h``: part 0's weights summed as ``add_parts`` adds them to a
 * token's row of zeros, kept after the record (bytes, so no alignment is assumed: the sums
 * are copied out with ``memcpy``). */
static PyObject *
api_with_own(const CrfModel *cm, PyObject *pack)
{
    const Model *m = &cm->m;
    if (!packed_ok(pack))
        return NULL;
    Py_ssize_t size = PyBytes_GET_SIZE(pack), at = own_offset(pack);
    if (size != 4 * (5 + (Py_ssize_t)((const int32_t *)PyBytes_AS_STRING(pack))[4])) {
        Py_INCREF(pack);  /* longer than its int32s: it carries its sums already */
        return pack;
    }
    double sums[MAX_LABELS] = {0.0};
    const int32_t *ints = (const int32_t *)PyBytes_AS_STRING(pack);
    if (add_packed(m, ints + 5, ints[0], sums) < 0)
        return NULL;
    PyObject *out = PyBytes_FromStringAndSize(NULL, at + (Py_ssize_t)sizeof(double) * m->L);
    if (out == NULL)
        return NULL;
    char *bytes = PyBytes_AS_STRING(out);
    memcpy(bytes, PyBytes_AS_STRING(pack), (size_t)size);
    memset(bytes + size, 0, (size_t)(at - size));
    memcpy(bytes + at, sums, sizeof(double) * (size_t)m->L);
    return out;
}

static PyObject *
api_spans(const CrfModel *cm, PyObject *const *packs, PyObject *const *attrs,
          const Py_ssize_t *ends, Py_ssize_t T)
{
    const Model *m = &cm->m;
    const int L = m->L;
    if (T == 0)
        return PyList_New(0);
    for (Py_ssize_t r = 0; r < T + 4; r++)
        if (!packed_ok(packs[r]))
            return NULL;
    /* the scores, the Viterbi's scores and the marginals, in one block: not zeroed, as
     * each token's row starts from its own part's sums or is zeroed below, and the Viterbi
     * and the marginals write all they read */
    double *state = PyMem_Malloc(sizeof(double) * (size_t)(2 * T * L + T));
    int *ints = PyMem_Malloc(sizeof(int) * (size_t)(T * L + T));
    PyObject *result = NULL;
    if (state == NULL || ints == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t a = 0;
    for (Py_ssize_t t = 0; t < T; t++) {
        double *st = state + t * L;
        /* a word's own part (most of its weights) is summed once, in its card (``with_own``);
         * the same sums as adding them here, the other parts then added in order */
        const char *own = own_of(m, packs[t + 2]);
        if (own != NULL)
            memcpy(st, own, sizeof(double) * (size_t)L);
        else
            memset(st, 0, sizeof(double) * (size_t)L);
        if (add_parts(m, packs, t, st, own != NULL ? 1 : 0) < 0)
            goto done;
        for (; a < ends[t]; a++)
            if (add_attribute(m, attrs[a], st) < 0)
                goto done;
    }
    double *score = state + T * L, *probs = score + T * L;
    int *back = ints, *labels = ints + T * L;
    viterbi(state, m->tbuf.buf, T, L, score, back, labels);
    Py_ssize_t named = 0;  /* the first token not "O": the spans read no marginal before */
    while (named < T && labels[named] == m->other)
        named++;
    if (named == T) {  /* every label is "O": no marginals, no spans */
        result = PyList_New(0);
        goto done;
    }
    if (marginals_into(state, m->ebuf.buf, T, L, labels, probs, named) < 0)
        goto done;
    result = spans_of(cm, labels, probs, T);
done:
    PyMem_Free(state);
    PyMem_Free(ints);
    return result;
}

static CrfApi api = {
    .size = sizeof(CrfApi),
    .open = api_open,
    .close = api_close,
    .spans = api_spans,
    .with_own = api_with_own,
};

static PyMethodDef methods[] = {
    {"use_avx2", use_avx2, METH_O, "use_avx2(on) -> whether the AVX2 products run now"},
    {"tag", tag, METH_VARARGS,
     "tag(items, index, labels, weights, trans, exp_trans, n_labels, other, dense=False) -> "
     "(label ids, "
     "marginals or None)"},
    {"pack", pack, METH_VARARGS, "pack(parts, index) -> bytes (int32s: 5 ends, then refs)"},
    {"tag_packed", tag_packed, METH_VARARGS,
     "tag_packed(packs, extras, index, labels, weights, trans, exp_trans, n_labels, other, "
     "dense=False) -> "
     "(label ids, marginals or None)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "_fastcrf",
    .m_doc = "The NER tagger's CRF inference, compiled (see marsad.ner.crf).",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC
PyInit__fastcrf(void)
{
    PyObject *on = use_avx2(NULL, Py_True);
    if (on == NULL)
        return NULL;
    Py_DECREF(on);
    PyObject *mod = PyModule_Create(&module);
    if (mod == NULL)
        return NULL;
    PyObject *capsule = PyCapsule_New(&api, CRF_API_CAPSULE, NULL);
    if (capsule == NULL || PyModule_AddObject(mod, "_api", capsule) < 0) {
        Py_XDECREF(capsule);
        Py_DECREF(mod);
        return NULL;
    }
    return mod;
}
