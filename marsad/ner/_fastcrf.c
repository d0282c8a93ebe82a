/* The NER tagger's CRF inference, compiled: state scores, Viterbi path and the marginal
 * probability of each chosen label, for one sentence.
 *
 * ``tag(items, index, labels, weights, trans, exp_trans, n_labels, other)``: ``items`` is
 * the sentence, one tuple of attributes (bytes) per token; ``index`` maps an attribute to
 * ``first * 64 + count``, its state features being ``count`` entries of ``labels`` (ints)
 * and ``weights`` (doubles) from ``first``; an attribute not in ``index`` is skipped, as
 * crfsuite skips attributes its model does not know. ``trans`` holds ``n_labels`` rows of
 * ``n_labels`` transition weights (from the row's label to the column's), ``exp_trans``
 * the ``exp`` of each (as C's ``exp`` gives it: Python's ``math.exp``). It returns
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
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_LABELS 64

/* The marginals of the chosen labels: scaled forward-backward over exp(scores). */
static PyObject *
marginals(const double *state, const double *exp_trans, Py_ssize_t T, int L, const int *labels)
{
    double *mem = PyMem_Malloc(sizeof(double) * (size_t)(3 * T * L + T + L));
    if (mem == NULL)
        return PyErr_NoMemory();
    double *exp_state = mem, *alpha = mem + T * L, *beta = alpha + T * L;
    double *scale = beta + T * L, *row = scale + T;
    for (Py_ssize_t k = 0; k < T * L; k++)
        exp_state[k] = exp(state[k]);

    for (int j = 0; j < L; j++)
        alpha[j] = exp_state[j];
    for (Py_ssize_t t = 0; t < T; t++) {
        double *cur = alpha + t * L;
        if (t > 0) {
            const double *prev = cur - L, *st = exp_state + t * L;
            for (int j = 0; j < L; j++)
                cur[j] = 0.0;
            for (int i = 0; i < L; i++) {
                const double *tr = exp_trans + i * L;
                for (int j = 0; j < L; j++)
                    cur[j] += prev[i] * tr[j];
            }
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
    for (Py_ssize_t t = T - 2; t >= 0; t--) {
        double *cur = beta + t * L;
        const double *next = cur + L, *st = exp_state + (t + 1) * L;
        for (int j = 0; j < L; j++)
            row[j] = next[j] * st[j];
        for (int i = 0; i < L; i++) {
            const double *tr = exp_trans + i * L;
            double dot = 0.0;
            for (int j = 0; j < L; j++)
                dot += tr[j] * row[j];
            cur[i] = dot;
        }
        for (int j = 0; j < L; j++)
            cur[j] *= scale[t];
    }

    PyObject *out = PyList_New(T);
    if (out != NULL) {
        for (Py_ssize_t t = 0; t < T; t++) {
            int l = labels[t];
            PyObject *p = PyFloat_FromDouble(alpha[t * L + l] * beta[t * L + l] / scale[t]);
            if (p == NULL) {
                Py_CLEAR(out);
                break;
            }
            PyList_SET_ITEM(out, t, p);
        }
    }
    PyMem_Free(mem);
    return out;
}

/* The best path (crfsuite's ``crf1dc_viterbi``: the same sums and comparisons, so the same
 * path; for each label the previous labels are tried in order and the first best is kept,
 * as there, though here the loop over the current label is the inner one). With SSE2 the
 * inner loop takes two current labels at a time: the back-pointer is kept as a double
 * beside the score, so one compare mask picks both the larger score and its previous label
 * (``maxpd(s, c)`` is ``c < s ? s : c``, the same test, NaN included). */
static void
viterbi(const double *state, const double *trans, Py_ssize_t T, int L, double *score,
        int *back, int *labels)
{
    double from_of[MAX_LABELS];  /* the back-pointers of one token, as doubles */
    for (int j = 0; j < L; j++)
        score[j] = state[j];
    for (Py_ssize_t t = 1; t < T; t++) {
        const double *prev = score + (t - 1) * L, *st = state + t * L;
        double *cur = score + t * L;
        int *bk = back + t * L;
        for (int j = 0; j < L; j++) {
            cur[j] = -DBL_MAX;
            from_of[j] = 0.0;
        }
        for (int i = 0; i < L; i++) {
            const double from = prev[i], *tr = trans + i * L;
            int j = 0;
#ifdef __SSE2__
            const __m128d vfrom = _mm_set1_pd(from), vi = _mm_set1_pd((double)i);
            for (; j + 2 <= L; j += 2) {
                __m128d s = _mm_add_pd(vfrom, _mm_loadu_pd(tr + j));
                __m128d c = _mm_loadu_pd(cur + j);
                __m128d better = _mm_cmplt_pd(c, s);
                _mm_storeu_pd(cur + j, _mm_max_pd(s, c));
                _mm_storeu_pd(from_of + j, _mm_or_pd(_mm_and_pd(better, vi),
                                                     _mm_andnot_pd(better,
                                                                   _mm_loadu_pd(from_of + j))));
            }
#endif
            for (; j < L; j++) {
                double s = from + tr[j];
                if (cur[j] < s) {
                    cur[j] = s;
                    from_of[j] = (double)i;
                }
            }
        }
        for (int j = 0; j < L; j++) {
            cur[j] += st[j];
            bk[j] = (int)from_of[j];
        }
    }
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
static int
add_run(const Model *m, Py_ssize_t packed, double *st)
{
    const int *targets = m->lbuf.buf;
    const double *weights = m->wbuf.buf;
    Py_ssize_t first = packed >> 6, stop = first + (packed & 63);
    if (packed < 0 || stop > m->features) {
        PyErr_SetString(PyExc_IndexError, "attribute features out of range");
        return -1;
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
    for (Py_ssize_t a = 0; a < n; a++) {
        PyObject *where = PyDict_GetItemWithError(m->index, PyTuple_GET_ITEM(attrs, a));
        if (where == NULL) {
            if (PyErr_Occurred())
                return -1;
            continue;  /* an attribute the model does not know */
        }
        Py_ssize_t packed = PyLong_AsSsize_t(where);
        if (packed == -1 && PyErr_Occurred())
            return -1;
        if (add_run(m, packed, st) < 0)
            return -1;
    }
    return 0;
}

/* The labels of the best path over ``state`` (T rows of L scores) and the marginals. */
static PyObject *
decode(const Model *m, const double *state, Py_ssize_t T)
{
    const int L = m->L;
    double *score = PyMem_Malloc(sizeof(double) * (size_t)(T * L));
    int *ints = PyMem_Calloc((size_t)(T * L + T), sizeof(int));
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

#define MODEL_FORMAT "O!y*y*y*y*ii"
#define MODEL_ARGS(m) &PyDict_Type, &(m).index, &(m).lbuf, &(m).wbuf, &(m).tbuf, &(m).ebuf, \
    &(m).L, &(m).other

/* ``tag(items, *model)``: one tuple of attributes per token. */
static PyObject *
tag(PyObject *self, PyObject *args)
{
    PyObject *items;
    Model m;
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
static int
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
pack(PyObject *self, PyObject *args)
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

/* ``tag_packed(packs, extras, *model)``: a sentence as ``Features.packed_parts`` gives it,
 * one packed record per word of ``<s> <s> words </s> </s>``; token k's attributes are part
 * 0 of ``packs[k+2]``, part 1 of ``packs[k]``, part 2 of ``packs[k+1]``, part 3 of
 * ``packs[k+3]``, part 4 of ``packs[k+4]`` and then ``extras[k]``, in that order. */
static PyObject *
tag_packed(PyObject *self, PyObject *args)
{
    PyObject *packs, *extras;
    Model m;
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
    static const int offset[5] = {2, 0, 1, 3, 4};  /* part p of token k: packs[k + offset[p]] */
    for (Py_ssize_t t = 0; t < T; t++) {
        double *st = state + t * m.L;
        for (int p = 0; p < 5; p++) {
            const int32_t *ints =
                (const int32_t *)PyBytes_AS_STRING(PyList_GET_ITEM(packs, t + offset[p]));
            int32_t begin = p ? ints[p - 1] : 0;
            if (add_packed(&m, ints + 5 + begin, ints[p] - begin, st) < 0)
                goto done;
        }
        if (add_attributes(&m, PyList_GET_ITEM(extras, t), st) < 0)
            goto done;
    }
    result = decode(&m, state, T);
done:
    PyMem_Free(state);
    release(&m);
    return result;
}

static PyMethodDef methods[] = {
    {"tag", tag, METH_VARARGS,
     "tag(items, index, labels, weights, trans, exp_trans, n_labels, other) -> (label ids, "
     "marginals or None)"},
    {"pack", pack, METH_VARARGS, "pack(parts, index) -> bytes (int32s: 5 ends, then refs)"},
    {"tag_packed", tag_packed, METH_VARARGS,
     "tag_packed(packs, extras, index, labels, weights, trans, exp_trans, n_labels, other) -> "
     "(label ids, marginals or None)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastcrf",
    "The NER tagger's CRF inference, compiled (see marsad.ner.crf).", -1, methods,
};

PyMODINIT_FUNC
PyInit__fastcrf(void)
{
    return PyModule_Create(&module);
}
