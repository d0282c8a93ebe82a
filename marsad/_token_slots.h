/* Reading ``marsad.model.Token``'s fields straight from its slots, shared by the compiled
 * passes over an article's tokens (``arabic/_fasttok.c``, ``eventcoding/_fasthits.c``,
 * ``attribution/_fastview.c``). Each keeps the type and the offsets of the fields it reads
 * (``bind(Token, fields)``) and reads a token's field as ``TOKEN_SLOT``; an item whose type is
 * not the one kept is left to the Python twin.
 *
 * ``bind_token_slots(args, n, writable, &type, offsets)`` is such a ``bind``'s body: ``args``
 * is ``(type, fields)``; it answers ``True`` and keeps the type and each field's offset when
 * every name of ``fields`` (``n`` of them) is a plain object slot of the type's own dict
 * (``T_OBJECT_EX``, inside the instance; with ``writable`` also not read-only, and the type
 * able to allocate, for a pass that makes tokens), ``False`` (nothing kept) when one is not,
 * and ``NULL`` on an error. The KB's compiled parts read their own records' slots through
 * ``kb/_slots.h``.
 */
#ifndef MARSAD_TOKEN_SLOTS_H
#define MARSAD_TOKEN_SLOTS_H

#include <Python.h>
#include <structmember.h>

#define TOKEN_SLOTS_MAX 16
#define TOKEN_SLOT(token, offset) (*(PyObject **)((char *)(token) + (offset)))

static PyObject *
bind_token_slots(PyObject *args, Py_ssize_t n, int writable, PyTypeObject **kept,
                 Py_ssize_t *offsets)
{
    PyObject *type, *fields;
    Py_ssize_t found[TOKEN_SLOTS_MAX];
    if (!PyArg_ParseTuple(args, "O!O!", &PyType_Type, &type, &PyTuple_Type, &fields))
        return NULL;
    if (n > TOKEN_SLOTS_MAX || PyTuple_GET_SIZE(fields) != n)
        Py_RETURN_FALSE;
    PyTypeObject *tp = (PyTypeObject *)type;
    if (tp->tp_dictoffset != 0 || (writable && tp->tp_alloc == NULL))
        Py_RETURN_FALSE;
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *name = PyTuple_GET_ITEM(fields, k);
        if (!PyUnicode_Check(name))
            Py_RETURN_FALSE;
        PyObject *descr = PyDict_GetItemWithError(tp->tp_dict, name); /* its own slots only */
        if (descr == NULL) {
            if (PyErr_Occurred())
                return NULL;
            Py_RETURN_FALSE;
        }
        if (Py_TYPE(descr) != &PyMemberDescr_Type)
            Py_RETURN_FALSE;
        PyMemberDef *member = ((PyMemberDescrObject *)descr)->d_member;
        if (member->type != T_OBJECT_EX || (writable && (member->flags & READONLY)) ||
            member->offset < (Py_ssize_t)sizeof(PyObject) ||
            member->offset + (Py_ssize_t)sizeof(PyObject *) > tp->tp_basicsize)
            Py_RETURN_FALSE;
        found[k] = member->offset;
    }
    Py_INCREF(type);
    Py_XSETREF(*kept, tp);
    memcpy(offsets, found, sizeof(Py_ssize_t) * (size_t)n);
    Py_RETURN_TRUE;
}

/* Append the int ``k`` to ``list``; -1 on error. */
static inline int
append_index(PyObject *list, Py_ssize_t k)
{
    PyObject *index = PyLong_FromSsize_t(k);
    if (index == NULL)
        return -1;
    int failed = PyList_Append(list, index);
    Py_DECREF(index);
    return failed;
}

#endif
