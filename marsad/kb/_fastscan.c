/* The KB scan's first filter, compiled: which tokens of an article may start a KB key.
 *
 * ``starts(tokens, startable, sieve, hints, ctx, held, quoted, quotes)`` walks the tokens once
 * and returns the indices the matcher must look at, in order: a token whose norm is in
 * ``startable`` (tested first against ``sieve``, a bit table made by ``sieve(startable)``) and
 * whose hint (``hints[norm]``, else ``hint(norm)``, which fills ``hints``) lets the next
 * token's norm follow it. A token the hint rules out is still returned, as ``~index`` (a
 * negative number), when its table bits include ``held``: a short name may start there once
 * its full name has been seen, which only the matcher knows. A token whose only table is
 * ``quoted`` (a newspaper's bare title) is looked at only right after a token of ``quotes``.
 *
 * The sieve: two bits per start form, picked from the form's hash, in a table small enough to
 * stay in the CPU's cache; a norm with either bit clear is in no start form, so most words
 * cost a hash (cached on the string) and two bit tests instead of a probe into the large set.
 * A norm that passes is looked up in ``hints`` first: it holds only start forms
 * (``Scanner.hint`` is asked only about them), and the common words that pass («في», «على»)
 * are found in that small dict without a probe into the large set.
 * A token's ``norm`` and ``text`` are read straight from their slots when the token is of
 * the class the first token has (``marsad.model.Token``), else through ``getattr``.
 *
 * It does what ``marsad.kb.scan.starts_py`` does, without the interpreter's per-token work;
 * ``tests/test_kb_fastscan.py`` holds the two to the same answers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "_slots.h"

static PyObject *norm_name;  /* the interned attribute names "norm" and "text" */
static PyObject *text_name;

#define SIEVE_BITS 21  /* 2 ** 21 bits: 256 KB */
#define SIEVE_MASK ((((size_t)1) << SIEVE_BITS) - 1)

/* The two bit positions of a hash in the sieve. */
static inline size_t
sieve_one(Py_hash_t h)
{
    return (size_t)h & SIEVE_MASK;
}

static inline size_t
sieve_two(Py_hash_t h)
{
    return ((size_t)h >> 27) & SIEVE_MASK;
}

static inline int
sieve_has(const unsigned char *bits, Py_hash_t h)
{
    size_t a = sieve_one(h), b = sieve_two(h);
    return (bits[a >> 3] >> (a & 7)) & (bits[b >> 3] >> (b & 7)) & 1;
}

/* ``sieve(words)``: the bit table of a set of strings, as bytes. */
static PyObject *
sieve(PyObject *self, PyObject *args)
{
    PyObject *words;
    if (!PyArg_ParseTuple(args, "O!:sieve", &PyFrozenSet_Type, &words))
        return NULL;
    PyObject *table = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)((SIEVE_MASK + 1) >> 3));
    if (table == NULL)
        return NULL;
    unsigned char *bits = (unsigned char *)PyBytes_AS_STRING(table);
    memset(bits, 0, (SIEVE_MASK + 1) >> 3);
    PyObject *it = PyObject_GetIter(words), *word;
    if (it == NULL) {
        Py_DECREF(table);
        return NULL;
    }
    while ((word = PyIter_Next(it)) != NULL) {
        Py_hash_t h = PyObject_Hash(word);
        Py_DECREF(word);
        if (h == -1) {
            Py_DECREF(it);
            Py_DECREF(table);
            return NULL;
        }
        size_t a = sieve_one(h), b = sieve_two(h);
        bits[a >> 3] |= (unsigned char)(1u << (a & 7));
        bits[b >> 3] |= (unsigned char)(1u << (b & 7));
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) {
        Py_DECREF(table);
        return NULL;
    }
    return table;
}

/* The attribute at ``offset`` of ``obj`` (a new reference), read from its slot where the
 * offset is known, else through ``getattr``. */
static inline PyObject *
attr_of(PyObject *obj, PyTypeObject *type, Py_ssize_t offset, PyObject *name)
{
    if (offset >= 0 && Py_IS_TYPE(obj, type)) {
        PyObject *value = *(PyObject **)((char *)obj + offset);
        if (value != NULL)
            return Py_NewRef(value);
    }
    return PyObject_GetAttr(obj, name);
}


/* The hint of ``norm`` (``marsad.kb.scan.Scanner.hint``): ``(followers, bits)``, stored in
 * ``hints``. ``ctx`` is ``(any_start, bits_of, suffixed_forms, suffixed_bit, whole,
 * followers, alef, lam, limit)`` as the scanner holds them. Returns a borrowed reference. */
static PyObject *
hint_of(PyObject *norm, PyObject *hints, PyObject *ctx)
{
    PyObject *any_start = PyTuple_GET_ITEM(ctx, 0), *bits_of = PyTuple_GET_ITEM(ctx, 1),
             *suffixed = PyTuple_GET_ITEM(ctx, 2), *suffixed_bit = PyTuple_GET_ITEM(ctx, 3),
             *whole = PyTuple_GET_ITEM(ctx, 4), *followers = PyTuple_GET_ITEM(ctx, 5),
             *alef = PyTuple_GET_ITEM(ctx, 6), *lam = PyTuple_GET_ITEM(ctx, 7);
    Py_ssize_t limit = PyLong_AsSsize_t(PyTuple_GET_ITEM(ctx, 8));
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    if (PyDict_GET_SIZE(hints) > limit)
        PyDict_Clear(hints);
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    long bits = 0;
    PyObject *follow = PyFrozenSet_New(NULL);  /* strong; Py_None once any follower will do */
    if (follow == NULL)
        return NULL;
    int in = PySet_Contains(suffixed, norm);
    if (in < 0)
        goto fail;
    if (in) {
        Py_SETREF(follow, Py_NewRef(Py_None));
        bits = PyLong_AsLong(suffixed_bit);
    }
    /* every rest of the word (the word less some leading letters), and the article's alef
     * before each rest that starts with its lam («للعراق» → «العراق») */
    for (Py_ssize_t k = 0; k < 2 * len; k++) {
        PyObject *rest = PyUnicode_Substring(norm, k % len, len);
        if (rest == NULL)
            goto fail;
        if (k >= len) {
            int starts_lam = PyUnicode_Tailmatch(rest, lam, 0, 1, -1);
            if (starts_lam < 0) {
                Py_DECREF(rest);
                goto fail;
            }
            if (!starts_lam) {
                Py_DECREF(rest);
                continue;
            }
            Py_SETREF(rest, PyUnicode_Concat(alef, rest));
            if (rest == NULL)
                goto fail;
        }
        int known = PySet_Contains(any_start, rest);
        if (known <= 0) {
            Py_DECREF(rest);
            if (known < 0)
                goto fail;
            continue;
        }
        PyObject *b = PyDict_GetItemWithError(bits_of, rest);
        if (b == NULL) {
            Py_DECREF(rest);
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_KeyError, "a start word without table bits");
            goto fail;
        }
        bits |= PyLong_AsLong(b);
        if (follow != Py_None) {
            int one = PySet_Contains(whole, rest);
            if (one < 0) {
                Py_DECREF(rest);
                goto fail;
            }
            if (one) {
                Py_SETREF(follow, Py_NewRef(Py_None));
            } else {
                PyObject *more = PyDict_GetItemWithError(followers, rest);
                if (more == NULL && PyErr_Occurred()) {
                    Py_DECREF(rest);
                    goto fail;
                }
                if (more != NULL && PySet_GET_SIZE(more)) {
                    PyObject *merged = PySet_GET_SIZE(follow) ? PyNumber_Or(follow, more)
                                                              : Py_NewRef(more);
                    if (merged == NULL) {
                        Py_DECREF(rest);
                        goto fail;
                    }
                    Py_SETREF(follow, merged);
                }
            }
        }
        Py_DECREF(rest);
    }
    PyObject *bits_obj = PyLong_FromLong(bits);
    if (bits_obj == NULL)
        goto fail;
    PyObject *found = PyTuple_Pack(2, follow, bits_obj);
    Py_DECREF(bits_obj);
    Py_DECREF(follow);
    if (found == NULL)
        return NULL;
    int stored = PyDict_SetItem(hints, norm, found);
    Py_DECREF(found);  /* the dict holds it */
    return stored < 0 ? NULL : found;
fail:
    Py_DECREF(follow);
    return NULL;
}

static PyObject *
starts(PyObject *self, PyObject *args)
{
    PyObject *tokens, *startable, *table, *hints, *ctx, *quotes;
    long held, quoted;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!llO!:starts", &PyList_Type, &tokens,
                          &PyFrozenSet_Type, &startable, &PyBytes_Type, &table, &PyDict_Type,
                          &hints, &PyTuple_Type, &ctx, &held, &quoted, &PyFrozenSet_Type,
                          &quotes))
        return NULL;
    if (PyBytes_GET_SIZE(table) != (Py_ssize_t)((SIEVE_MASK + 1) >> 3)) {
        PyErr_SetString(PyExc_ValueError, "starts: the sieve is not one made by sieve()");
        return NULL;
    }
    const unsigned char *bits_table = (const unsigned char *)PyBytes_AS_STRING(table);
    if (PyTuple_GET_SIZE(ctx) != 9) {
        PyErr_SetString(PyExc_TypeError, "starts: the hint context is a 9-tuple");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    PyTypeObject *type = n ? Py_TYPE(PyList_GET_ITEM(tokens, 0)) : NULL;
    Py_ssize_t norm_at = type ? slot_offset(type, norm_name) : -1;
    Py_ssize_t text_at = type ? slot_offset(type, text_name) : -1;
    PyObject *norm = NULL, *next = NULL;  /* strong references */
    for (Py_ssize_t i = 0; i < n; i++) {
        if (next != NULL) {
            Py_XDECREF(norm);
            norm = next;
            next = NULL;
        } else {
            Py_XDECREF(norm);
            norm = attr_of(PyList_GET_ITEM(tokens, i), type, norm_at, norm_name);
            if (norm == NULL)
                goto fail;
        }
        Py_hash_t hash = PyObject_Hash(norm);
        if (hash == -1)
            goto fail;
        if (!sieve_has(bits_table, hash))
            continue;
        /* a norm with a hint is a start form (``hints`` holds only those): the small hint
         * dict answers for the common words without a probe into the large set */
        PyObject *h = PyDict_GetItemWithError(hints, norm);  /* borrowed */
        if (h == NULL) {
            if (PyErr_Occurred())
                goto fail;
            int found = PySet_Contains(startable, norm);
            if (found < 0)
                goto fail;
            if (!found)
                continue;
            if ((h = hint_of(norm, hints, ctx)) == NULL)
                goto fail;
        }
        if (!PyTuple_Check(h) || PyTuple_GET_SIZE(h) != 2) {
            PyErr_SetString(PyExc_TypeError, "a hint is a (followers, bits) tuple");
            goto fail;
        }
        PyObject *follow = PyTuple_GET_ITEM(h, 0);
        long bits = PyLong_AsLong(PyTuple_GET_ITEM(h, 1));
        if (bits == -1 && PyErr_Occurred())
            goto fail;
        if (bits && !(bits & ~quoted)) {  /* only a quoted title may start here */
            if (i == 0)
                continue;
            PyObject *before = attr_of(PyList_GET_ITEM(tokens, i - 1), type, text_at, text_name);
            if (before == NULL)
                goto fail;
            int opened = PySet_Contains(quotes, before);
            Py_DECREF(before);
            if (opened < 0)
                goto fail;
            if (!opened)
                continue;
        }
        int pass = 1;
        if (follow != Py_None) {
            pass = 0;
            if (i + 1 < n) {
                next = attr_of(PyList_GET_ITEM(tokens, i + 1), type, norm_at, norm_name);
                if (next == NULL)
                    goto fail;
                pass = PySet_Contains(follow, next);
                if (pass < 0)
                    goto fail;
            }
        }
        if (pass || (bits & held)) {
            PyObject *index = PyLong_FromSsize_t(pass ? i : ~i);
            if (index == NULL || PyList_Append(out, index) < 0) {
                Py_XDECREF(index);
                goto fail;
            }
            Py_DECREF(index);
        }
    }
    Py_XDECREF(norm);
    Py_XDECREF(next);
    return out;
fail:
    Py_XDECREF(norm);
    Py_XDECREF(next);
    Py_DECREF(out);
    return NULL;
}


static PyMethodDef methods[] = {
    {"starts", starts, METH_VARARGS,
     "starts(tokens, startable, sieve, hints, ctx, held, quoted, quotes) -> the indices to look at"},
    {"sieve", sieve, METH_VARARGS, "sieve(words) -> the bit table starts() tests first"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastscan",
    "The KB scan's first filter, compiled (see marsad.kb.scan.starts_py).", -1, methods,
};

PyMODINIT_FUNC
PyInit__fastscan(void)
{
    norm_name = PyUnicode_InternFromString("norm");
    text_name = PyUnicode_InternFromString("text");
    if (norm_name == NULL || text_name == NULL)
        return NULL;
    return PyModule_Create(&module);
}
