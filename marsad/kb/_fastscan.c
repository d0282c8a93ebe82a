/* The KB scan's first filter, compiled: which tokens of an article may start a KB key.
 *
 * ``starts(tokens, startable, hints, ctx, held, quoted, quotes)`` walks the tokens once and
 * returns the
 * indices the matcher must look at, in order: a token whose norm is in ``startable`` and
 * whose hint (``hints[norm]``, else ``hint(norm)``, which fills ``hints``) lets the next
 * token's norm follow it. A token the hint rules out is still returned, as ``~index`` (a
 * negative number), when its table bits include ``held``: a short name may start there once
 * its full name has been seen, which only the matcher knows. A token whose only table is
 * ``quoted`` (a newspaper's bare title) is looked at only right after a token of ``quotes``.
 *
 * It does what ``marsad.kb.scan.starts_py`` does, without the interpreter's per-token work;
 * ``tests/test_kb_fastscan.py`` holds the two to the same answers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *norm_name;  /* the interned attribute names "norm" and "text" */
static PyObject *text_name;


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
    PyObject *tokens, *startable, *hints, *ctx, *quotes;
    long held, quoted;
    if (!PyArg_ParseTuple(args, "O!O!O!O!llO!:starts", &PyList_Type, &tokens,
                          &PyFrozenSet_Type, &startable, &PyDict_Type, &hints, &PyTuple_Type,
                          &ctx, &held, &quoted, &PyFrozenSet_Type, &quotes))
        return NULL;
    if (PyTuple_GET_SIZE(ctx) != 9) {
        PyErr_SetString(PyExc_TypeError, "starts: the hint context is a 9-tuple");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(tokens);
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    PyObject *norm = NULL, *next = NULL;  /* strong references */
    for (Py_ssize_t i = 0; i < n; i++) {
        if (next != NULL) {
            Py_XDECREF(norm);
            norm = next;
            next = NULL;
        } else {
            Py_XDECREF(norm);
            norm = PyObject_GetAttr(PyList_GET_ITEM(tokens, i), norm_name);
            if (norm == NULL)
                goto fail;
        }
        int found = PySet_Contains(startable, norm);
        if (found < 0)
            goto fail;
        if (!found)
            continue;
        PyObject *h = PyDict_GetItemWithError(hints, norm);  /* borrowed */
        if (h == NULL) {
            if (PyErr_Occurred() || (h = hint_of(norm, hints, ctx)) == NULL)
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
            PyObject *before = PyObject_GetAttr(PyList_GET_ITEM(tokens, i - 1), text_name);
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
                next = PyObject_GetAttr(PyList_GET_ITEM(tokens, i + 1), norm_name);
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
     "starts(tokens, startable, hints, ctx, held, quoted, quotes) -> the indices to look at"},
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
