/* Reading and making the slotted dataclasses of marsad (``Token``, ``rank.Pending``,
 * ``match.KBMatch``) from C: the compiled matcher (``_fastmatch.c``, ``_fastresolve.c``) reads
 * a field straight from its slot where the object is of the class it was told about, else
 * through ``getattr``, and makes an object by filling its slots (what the dataclass's
 * ``__init__`` does) where every field is a plain slot, else by a call. */
#ifndef MARSAD_KB_SLOTTED_H
#define MARSAD_KB_SLOTTED_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include "_slots.h"

#define MAX_FIELDS 12

/* Where a slotted class keeps each of some named attributes; ``complete`` when every one is a
 * plain object slot, so that an instance can be made by filling them. */
typedef struct {
    PyTypeObject *type;  /* strong, NULL until first used */
    Py_ssize_t at[MAX_FIELDS];
    int complete;
} Layout;

/* The number of plain object slots ``type`` itself declares. */
static inline int
slot_count(PyTypeObject *type)
{
    int slots = 0;
    for (PyMemberDef *member = type->tp_members; member && member->name; member++)
        slots += member->type == T_OBJECT_EX;
    return slots;
}

/* Fill ``layout`` for ``type`` (kept while the type stays the same). It is complete only
 * when the named fields are every slot the class has: a class that gained a field is made
 * by a call, never left with an empty slot. */
static inline void
layout_for(Layout *layout, PyTypeObject *type, PyObject **names, int count)
{
    if (layout->type == type)
        return;
    Py_XSETREF(layout->type, (PyTypeObject *)Py_NewRef(type));
    layout->complete = slot_count(type) == count && type->tp_base == &PyBaseObject_Type;
    for (int k = 0; k < count; k++) {
        layout->at[k] = slot_offset(type, names[k]);
        if (layout->at[k] < 0)
            layout->complete = 0;
    }
}

/* Attribute ``k`` of ``obj`` (a new reference): from its slot when ``obj`` is of the
 * layout's class, else through ``getattr``. */
static inline PyObject *
field(PyObject *obj, const Layout *layout, PyObject **names, int k)
{
    if (Py_IS_TYPE(obj, layout->type) && layout->at[k] >= 0) {
        PyObject *value = *(PyObject **)((char *)obj + layout->at[k]);
        if (value != NULL)
            return Py_NewRef(value);
    }
    return PyObject_GetAttr(obj, names[k]);
}

/* A new instance of ``type`` with ``values`` as its fields in order: its slots filled
 * directly (what the dataclass's ``__init__`` does) where the layout is complete, else by a
 * call. */
static inline PyObject *
make(PyTypeObject *type, const Layout *layout, PyObject **values, int count)
{
    if (layout->type != type || !layout->complete)
        return PyObject_Vectorcall((PyObject *)type, values, (size_t)count, NULL);
    PyObject *obj = type->tp_alloc(type, 0);
    if (obj == NULL)
        return NULL;
    for (int k = 0; k < count; k++)
        *(PyObject **)((char *)obj + layout->at[k]) = Py_NewRef(values[k]);
    return obj;
}

enum { T_TEXT, T_NORM, T_SENTENCE, T_START, T_END, TOKEN_FIELDS };
static const char *token_fields[TOKEN_FIELDS] = {"text", "norm", "sentence", "start", "end"};
static PyObject *token_names[TOKEN_FIELDS];
static Layout token_layout;

#define PENDING_FIELDS 12
static const char *pending_fields[PENDING_FIELDS] = {
    "first", "stop", "skip", "cands", "via", "role", "score", "certain", "fixed", "fixed_type",
    "weak", "other"};
static PyObject *pending_names[PENDING_FIELDS];
static Layout pending_layout;

static inline PyObject *
token_field(PyObject *tokens, Py_ssize_t i, int k)
{
    return field(PyList_GET_ITEM(tokens, i), &token_layout, token_names, k);
}

static inline int
contains(PyObject *container, PyObject *key)
{
    if (PyAnySet_Check(container))
        return PySet_Contains(container, key);
    if (PyDict_Check(container))
        return PyDict_Contains(container, key);
    return PySequence_Contains(container, key);
}

/* Clear ``memo`` once it holds more than ``limit`` entries (the Python caches' rule). */
static inline void
bounded(PyObject *memo, Py_ssize_t limit)
{
    if (PyDict_GET_SIZE(memo) > limit)
        PyDict_Clear(memo);
}

static inline int
intern_all(PyObject **out, const char **names, int count)
{
    for (int k = 0; k < count; k++)
        if ((out[k] = PyUnicode_InternFromString(names[k])) == NULL)
            return -1;
    return 0;
}

/* Intern the field names of ``Token`` and ``Pending``; 0, or -1 on error. */
static inline int
slotted_init(void)
{
    if (intern_all(token_names, token_fields, TOKEN_FIELDS) < 0
            || intern_all(pending_names, pending_fields, PENDING_FIELDS) < 0)
        return -1;
    return 0;
}

#endif
